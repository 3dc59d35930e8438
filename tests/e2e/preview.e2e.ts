import { NO_STORE } from '@kat/contract'
import { expect, test } from '@playwright/test'

import { signIn, signInToAdmin } from './support/cms'
import { e2e } from './support/env'

test('the admin Preview button opens a draft on the portal in draft mode; readers never see it', async ({ browser, page, request }) => {
  const stamp = Date.now()
  const name = `Preview probe ${stamp}`
  const slug = `preview-probe-${stamp}`
  const marker = `unpublished-marker-${stamp}`
  const editor = await signIn(request, 'editor@example.com')
  const created = await request.post(`${e2e.cmsUrl()}/api/conditions?draft=true`, {
    headers: editor,
    data: { name, slug, summary: `Draft only: ${marker}.`, evidenceLevel: 'investigational', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  const pageUrl = `${e2e.webUrl()}/conditions/${slug}`

  // A reader: not found, and nothing of the draft in the response.
  const anonymous = await request.get(pageUrl)
  expect(anonymous.status()).toBe(404)
  expect(await anonymous.text()).not.toContain(marker)

  // The editor opens the document in the admin and takes its Preview link.
  await signInToAdmin(page, 'editor@example.com')
  await page.goto(`${e2e.cmsUrl()}/admin/collections/conditions/${doc.id}`)
  const previewLink = await page.locator('#preview-button').getAttribute('href', { timeout: 30_000 })
  expect(previewLink).toMatch(new RegExp(`^${e2e.webUrl()}/api/preview\\?`))
  expect(previewLink).not.toContain(e2e.previewSecret())

  // A tampered link is refused.
  const tampered = new URL(previewLink!)
  tampered.searchParams.set('path', '/conditions')
  expect((await request.get(tampered.toString(), { maxRedirects: 0 })).status()).toBe(401)

  // The link turns on draft mode in the editor's browser and shows the draft with a banner.
  const previewContext = await browser.newContext()
  const preview = await previewContext.newPage()
  const previewed = await preview.goto(previewLink!)
  await expect(preview).toHaveURL(pageUrl)
  // A draft is never kept, by the portal or a CDN.
  expect(previewed?.headers()['cache-control']).toBe(NO_STORE)
  expect(previewed?.headers()['surrogate-key']).toBeUndefined()
  await expect(preview.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(preview.getByText(marker)).toBeVisible()
  await expect(preview.locator('[data-preview-banner]')).toBeVisible()
  await expect(preview.locator('[data-mandatory-disclaimer]')).toBeVisible()

  // Leaving preview ends it.
  await preview.getByRole('link', { name: 'Leave preview' }).click()
  await expect(preview.locator('[data-preview-banner]')).toHaveCount(0)
  expect((await preview.goto(pageUrl))?.status()).toBe(404)
  await previewContext.close()

  // Another reader, after all this, still gets a 404 without the draft.
  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  expect((await readerPage.goto(pageUrl))?.status()).toBe(404)
  await expect(readerPage.getByText(marker)).toHaveCount(0)
  await reader.close()
})
