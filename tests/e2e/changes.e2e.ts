import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, children })
const callout = (title: string, body: string) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: 'e2e-callout', blockName: '', blockType: 'callout', variant: 'warning', title, text: body },
})
const marker = (citation: number) => ({ type: 'inlineBlock', version: 1, fields: { id: `e2e-marker-${citation}`, blockType: 'citationReference', citation } })
const root = (...children: object[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })

test('the reviewer sees what changed since the live version, callouts and citation markers included', async ({ browser }) => {
  test.setTimeout(120_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const stamp = Date.now()
  const first = await cms.createAndPublish('citations', { type: 'web-page', title: `Clinic guide ${stamp}`, url: 'https://example.org/guide' })
  const second = await cms.createAndPublish('citations', { type: 'web-page', title: `Product label ${stamp}`, url: 'https://example.org/label' })
  const id = await cms.createAndPublish('articles', {
    title: `What changed ${stamp}`,
    slug: `what-changed-${stamp}`,
    summary: 'A test article.',
    audience: 'patients',
    citations: [first],
    body: root(paragraph(text('Sessions take about an hour.'), marker(first)), callout('Blood pressure', 'It can rise for a while.')),
  })
  // The editor's change, sent for review.
  const edit = await cms.call('editor@example.com', 'PATCH', `/articles/${id}?draft=true`, {
    citations: [first, second],
    body: root(paragraph(text('Sessions take about an hour.'), marker(first), marker(second)), callout('Blood pressure', 'It can rise for an hour or two.')),
    workflowStatus: 'in-review',
  })
  expect(edit.status).toBe(200)

  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const reviewer = await context.newPage()
  await signInToAdmin(reviewer, 'reviewer@example.com')
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/articles/${id}`)
  const summary = reviewer.getByRole('region', { name: 'Since last published' })
  await expect(summary).toContainText('Callout text changed: Warning: Blood pressure')
  await expect(summary).toContainText(`Citation marker added: Product label ${stamp}`)
  await expect(summary).toContainText(`Added: Product label ${stamp}`)
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/reviewer-since-published.png` })

  // The compare view spells out the callout and the markers instead of showing "callout Block".
  await summary.getByRole('link', { name: 'Compare with the live version' }).click()
  const body = reviewer.locator('.lexical-diff').first()
  await expect(body).toContainText('Callout (Warning): Blood pressure', { timeout: 30_000 })
  await expect(body).toContainText('It can rise for an hour or two.')
  await expect(body).toContainText(`[2] Product label ${stamp}`)
  await expect(body).toContainText(`[1] Clinic guide ${stamp}`)
  await expect(reviewer.getByText('callout Block')).toHaveCount(0)
  // Hashes and derived text stay out of the compare view, as they stay out of the form.
  await expect(reviewer.getByText(/Fingerprint/i)).toHaveCount(0)
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/reviewer-compare-blocks.png`, fullPage: true })
  await context.close()
})

test('"Create New" leaves nothing behind until something is typed, names the editor as author, and a closed tab frees the lock', async ({ browser }) => {
  test.setTimeout(120_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signInToAdmin(editor, 'editor@example.com')
  await editor.goto(`${e2e.cmsUrl()}/admin/collections/articles/create`)
  await editor.waitForURL(/\/admin\/collections\/articles\/\d+$/)
  const id = Number(/\/(\d+)$/.exec(editor.url())![1])
  await expect(editor.locator('#field-author')).toContainText('Demo Editor')
  // Leaving without typing: the empty draft is gone.
  await editor.goto(`${e2e.cmsUrl()}/admin/collections/articles`)
  await expect.poll(async () => (await cms.call('editor@example.com', 'GET', `/articles/${id}?draft=true&depth=0`)).status).toBe(404)

  // The editor types into a published article, then closes the tab: the reviewer gets no takeover warning.
  const article = await cms.createAndPublish('articles', {
    title: `Locked ${Date.now()}`,
    slug: `locked-${Date.now()}`,
    summary: 'A test article.',
    audience: 'clinicians',
    body: root(paragraph(text('Text.'))),
  })
  const typing = await editorContext.newPage()
  await typing.goto(`${e2e.cmsUrl()}/admin/collections/articles/${article}`)
  await expect(typing.locator('#field-summary')).toHaveValue('A test article.')
  await typing.locator('#field-summary').fill('A test article, edited.')
  await expect.poll(async () => (await cms.call('editor@example.com', 'GET', `/payload-locked-documents?where[document.value][equals]=${article}`)).json.totalDocs).toBe(1)
  await expect
    .poll(async () => (await cms.call('editor@example.com', 'GET', `/articles/${article}?draft=true&depth=0`)).json.summary, { timeout: 15_000 })
    .toBe('A test article, edited.')
  await typing.close()
  await expect.poll(async () => (await cms.call('editor@example.com', 'GET', `/payload-locked-documents?where[document.value][equals]=${article}`)).json.totalDocs).toBe(0)

  const reviewerContext = await browser.newContext()
  const reviewer = await reviewerContext.newPage()
  await signInToAdmin(reviewer, 'reviewer@example.com')
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/articles/${article}`)
  await expect(reviewer.locator('#field-summary')).toHaveValue('A test article, edited.')
  await reviewer.locator('#field-summary').fill('A test article, edited by the reviewer.')
  await expect(reviewer.getByText(/Document locked|currently editing/i)).toHaveCount(0)
  await editorContext.close()
  await reviewerContext.close()
})
