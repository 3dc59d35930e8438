import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { paragraphs } from '../support/rich-text'
import { e2e } from './support/env'

/**
 * Content that is not published (a draft, a document in review, a draft edit of a published page, a
 * page that was published and then withdrawn) carries a unique marker; no anonymous surface may show it.
 */
test('unpublished content never reaches an anonymous reader, on any surface', async ({ page }) => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const stamp = Date.now()
  const marker = (what: string) => `leakmarker${what}${stamp}`
  const editor = 'editor@example.com'
  const article = (slug: string, summary: string) => ({ title: `Leak probe ${slug}`, slug, summary, audience: 'clinicians', body: paragraphs(summary) })

  // 1. A draft that was never submitted.
  const draft = await cms.call(editor, 'POST', '/articles?draft=true', { ...article(`leak-draft-${stamp}`, marker('draft')), _status: 'draft' })
  expect(draft.status).toBe(201)
  // 2. A condition waiting for review.
  const inReview = await cms.call(editor, 'POST', '/conditions?draft=true', {
    name: `Leak probe condition ${stamp}`,
    slug: `leak-review-${stamp}`,
    summary: marker('review'),
    evidenceLevel: 'investigational',
    workflowStatus: 'in-review',
    _status: 'draft',
  })
  expect(inReview.status).toBe(201)
  // 3. A published article with a pending draft edit.
  const editedSlug = `leak-edited-${stamp}`
  const edited = await cms.createAndPublish('articles', article(editedSlug, 'Published summary of the leak probe.'))
  expect((await cms.call(editor, 'PATCH', `/articles/${edited}?draft=true`, { summary: marker('edit') })).status).toBe(200)
  // 4. A published article, read by a reader (so it is cached), then withdrawn.
  const withdrawnSlug = `leak-withdrawn-${stamp}`
  const withdrawn = await cms.createAndPublish('articles', article(withdrawnSlug, marker('withdrawn')))
  expect((await page.goto(`${e2e.webUrl()}/articles/${withdrawnSlug}`))?.status()).toBe(200)
  await expect(page.getByText(marker('withdrawn')).first()).toBeVisible()
  expect((await cms.call(editor, 'PATCH', `/articles/${withdrawn}`, { _status: 'draft' })).status).toBe(200)

  const markers = ['draft', 'review', 'edit', 'withdrawn'].map(marker)
  const surfaces = [
    `${e2e.cmsUrl()}/api/articles?draft=true&limit=100`,
    `${e2e.cmsUrl()}/api/articles?where[slug][equals]=${withdrawnSlug}`,
    `${e2e.cmsUrl()}/api/articles/${(draft.json.doc as { id: number }).id}?draft=true`,
    `${e2e.cmsUrl()}/api/articles/${edited}?draft=true`,
    `${e2e.cmsUrl()}/api/articles/${withdrawn}`,
    `${e2e.cmsUrl()}/api/articles/versions?limit=100`,
    `${e2e.cmsUrl()}/api/conditions?draft=true&limit=100`,
    `${e2e.cmsUrl()}/api/conditions/${(inReview.json.doc as { id: number }).id}?draft=true`,
    `${e2e.cmsUrl()}/api/conditions/versions`,
    `${e2e.cmsUrl()}/api/articles/search?q=${marker('draft')}`,
    `${e2e.cmsUrl()}/api/articles/search?q=leakmarker`,
    `${e2e.webUrl()}/`,
    `${e2e.webUrl()}/articles`,
    // Searched by its title words: the page repeats the query, so the marker itself is not searched for.
    `${e2e.webUrl()}/articles?q=leak+probe+withdrawn+${stamp}`,
    `${e2e.webUrl()}/articles?q=leak+probe`,
    `${e2e.webUrl()}/articles/${editedSlug}`,
    `${e2e.webUrl()}/articles/${withdrawnSlug}`,
    `${e2e.webUrl()}/articles/leak-draft-${stamp}`,
    `${e2e.webUrl()}/conditions`,
    `${e2e.webUrl()}/conditions/leak-review-${stamp}`,
    `${e2e.webUrl()}/sitemap.xml`,
    `${e2e.webUrl()}/feed.xml`,
  ]
  for (const url of surfaces) {
    const response = await fetch(url)
    expect(response.status, url).toBeLessThan(500)
    const body = await response.text()
    for (const text of markers) expect(body.includes(text), `${text} on ${url}`).toBe(false)
  }
  for (const typeName of ['Articles', 'Conditions']) {
    const response = await fetch(`${e2e.cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${typeName}(draft: true, limit: 200) { docs { id summary } } }` }),
    })
    const body = await response.text()
    for (const text of markers) expect(body.includes(text), `${text} in GraphQL ${typeName}`).toBe(false)
  }
  // The withdrawn page is gone from the portal's cache, and the edited one still shows what was published.
  expect((await page.goto(`${e2e.webUrl()}/articles/${withdrawnSlug}`))?.status()).toBe(404)
  await page.goto(`${e2e.webUrl()}/articles/${editedSlug}`)
  await expect(page.getByText('Published summary of the leak probe.').first()).toBeVisible()
  test.info().annotations.push({ type: 'surfaces probed', description: `${surfaces.length + 2} surfaces × ${markers.length} markers` })
})
