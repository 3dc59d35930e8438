import { routes } from '@kat/contract'
import { expect, test } from '@playwright/test'

import { cmsClient, eventually } from '../support/cms-client'
import { paragraphs } from '../support/rich-text'
import { e2e } from './support/env'

/** The CMS tells the portal before it answers the publish: a page must show the change within this. */
const DEADLINE_MS = 5_000

const html = async (path: string) => (await fetch(`${e2e.webUrl()}${path}`)).text()

/** Waits until each page shows `text` (or, with `shown` false, no longer shows it). */
async function onPages(paths: string[], text: string, shown = true) {
  await eventually(`${shown ? '' : 'no '}"${text}" on ${paths.join(', ')}`, async () => {
    const pages = await Promise.all(paths.map(html))
    return pages.every((page) => page.includes(text) === shown)
  }, DEADLINE_MS, 50)
}

test('a reviewed change to an embedded citation, contraindication or scoped disclaimer reaches every page that shows it; unpublish and delete remove it', async ({ page }) => {
  test.setTimeout(180_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const stamp = Date.now()
  const [medical, offLabel] = await Promise.all([cms.idByTitle('disclaimers', 'Medical disclaimer'), cms.idByTitle('disclaimers', 'Off-label and experimental use')])
  const created: [string, number][] = []
  const create = async (collection: string, data: Record<string, unknown>) => {
    const id = await cms.createAndPublish(collection, data)
    created.push([collection, id])
    return id
  }
  /** A condition and an article that embed the given documents: their pages. */
  const pagesEmbedding = async (name: string, embedded: { citations?: number[]; contraindications?: number[] }) => {
    const slug = `freshness-${name}-${stamp}`
    const condition = await create('conditions', {
      name: `Freshness ${name} ${stamp}`,
      slug,
      summary: 'A condition page for the freshness test.',
      evidenceLevel: 'investigational',
      disclaimers: [medical, offLabel],
      ...embedded,
    })
    await create('articles', {
      title: `Freshness ${name} article ${stamp}`,
      slug,
      summary: 'An article for the freshness test.',
      body: paragraphs('An article body for the freshness test.'),
      // Articles for patients must cite a source; this one may not.
      audience: 'caregivers',
      conditions: [condition],
      disclaimers: [medical],
      ...embedded,
    })
    return { condition: routes.condition(slug), handout: routes.handout(slug), article: routes.article(slug) }
  }

  try {
    const title = (edition: number) => `Freshness citation ${stamp} edition ${edition}`
    const name = `Freshness contraindication ${stamp}`
    const explanation = (edition: number) => `Freshness explanation ${stamp} edition ${edition}.`
    const citation = await create('citations', { type: 'journal-article', title: title(1), authors: 'Tester A', journal: 'J Test', year: 2024 })
    const contraindication = await create('contraindications', { name, kind: 'absolute', patientExplanation: explanation(1), appliesTo: ['all'] })
    // Apart, so that notices about the one never refresh the pages of the other.
    const cited = await pagesEmbedding('cited', { citations: [citation] })
    const contraindicated = await pagesEmbedding('contraindicated', { contraindications: [contraindication] })

    // Each page is prerendered and cached by its first visit; the notices below must expire it.
    await onPages([cited.condition, cited.article], title(1))
    await onPages([contraindicated.condition, contraindicated.handout, contraindicated.article], name)
    await page.goto(`${e2e.webUrl()}${cited.handout}`)
    await expect(page.locator('[data-page-disclaimers]')).toContainText('Off-label and experimental use')
    await expect(page.locator('[data-mandatory-disclaimer]')).toContainText('Not for emergencies')

    // 1. A required disclaimer for condition pages: on condition pages and handouts, in the mandatory block; not on articles.
    const conditionPages = [cited.condition, cited.handout, contraindicated.condition, contraindicated.handout]
    const body = (edition: number) => `Freshness notice ${stamp} edition ${edition}.`
    const notice = await create('disclaimers', { title: `Freshness notice ${stamp}`, body: body(1), kind: 'medical-advice', required: true, scope: 'conditions' })
    await onPages(conditionPages, body(1))
    for (const path of [cited.condition, contraindicated.handout]) {
      await page.goto(`${e2e.webUrl()}${path}`)
      await expect(page.locator('[data-mandatory-disclaimer]')).toContainText(body(1))
      await expect(page.locator('[data-mandatory-disclaimer]')).toContainText('Not for emergencies')
    }
    for (const path of [cited.article, contraindicated.article]) expect(await html(path), path).not.toContain(body(1))
    await cms.publishEdit('disclaimers', notice, { body: body(2) })
    await onPages(conditionPages, body(2))
    await cms.unpublish('disclaimers', notice)
    await onPages(conditionPages, body(2), false)
    await cms.publishEdit('disclaimers', notice, { body: body(3) })
    await onPages(conditionPages, body(3))
    await cms.remove('disclaimers', notice)
    await onPages(conditionPages, body(3), false)

    // One notice per change (no read replicas here, so the CMS sends no follow-up calls): from here on,
    // only a notice about the embedded document refreshes these pages.
    const citing = [cited.condition, cited.article]
    const all = [contraindicated.condition, contraindicated.handout, contraindicated.article]
    await onPages(citing, title(1))
    await onPages(all, name)

    // 2. The citation, on the pages that cite it: a reviewed change, unpublished, published again, deleted.
    await cms.publishEdit('citations', citation, { title: title(2) })
    await onPages(citing, title(2))
    await onPages(citing, title(1), false)
    await cms.unpublish('citations', citation)
    await onPages(citing, title(2), false)
    await cms.publishEdit('citations', citation, { title: title(3) })
    await onPages(citing, title(3))
    await cms.remove('citations', citation)
    await onPages(citing, title(3), false)

    // 3. The contraindication (absolute, so also on the handout), the same way.
    const explained = [contraindicated.condition, contraindicated.article]
    await cms.publishEdit('contraindications', contraindication, { patientExplanation: explanation(2) })
    await onPages(explained, explanation(2))
    await cms.unpublish('contraindications', contraindication)
    await onPages(all, name, false)
    await cms.publishEdit('contraindications', contraindication, { patientExplanation: explanation(3) })
    await onPages(explained, explanation(3))
    await onPages(all, name)
    await cms.remove('contraindications', contraindication)
    await onPages(all, name, false)

    await page.goto(`${e2e.webUrl()}${contraindicated.condition}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Freshness contraindicated ${stamp}`)
    await expect(page.locator('[data-mandatory-disclaimer]')).toContainText('Not for emergencies')
  } finally {
    // Other tests count the seeded conditions, and a left-over required disclaimer would join new pages.
    for (const [collection, id] of created.reverse()) await cms.call('editor@example.com', 'DELETE', `/${collection}/${id}`)
  }
})
