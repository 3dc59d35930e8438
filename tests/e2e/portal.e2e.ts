import { expect, test } from '@playwright/test'

import { signIn } from './support/cms'
import { e2e } from './support/env'

test('the home page shows conditions published in the CMS, crisis help and the disclaimer', async ({ page }) => {
  const response = await page.goto(e2e.webUrl())
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const conditions = page.getByTestId('condition-list')
  await expect(conditions.getByRole('heading', { name: 'Treatment-resistant depression' })).toBeVisible()
  await expect(conditions.getByRole('listitem')).toHaveCount(10)
  await expect(page.getByRole('complementary', { name: 'Crisis help' })).toContainText('988')
  const disclaimer = page.locator('[data-mandatory-disclaimer]')
  await expect(disclaimer).toContainText(/not medical advice/i)
  // Written in the CMS, not the built-in fallback: the required disclaimers come from the API.
  await expect(disclaimer).toContainText('Not for emergencies')
})

test('a condition published through the workflow is live on the portal at once; its draft was not', async ({ page, request }) => {
  const name = `E2E condition ${Date.now()}`
  await page.goto(e2e.webUrl())
  await expect(page.getByTestId('condition-list')).toBeVisible()

  // Through the workflow, as people would: the editor writes and submits, the reviewer approves, the editor publishes.
  const editor = await signIn(request, 'editor@example.com')
  const reviewer = await signIn(request, 'reviewer@example.com')
  const created = await request.post(`${e2e.cmsUrl()}/api/conditions?draft=true`, {
    headers: editor,
    data: { name, summary: 'Created by the end-to-end test.', evidenceLevel: 'investigational', workflowStatus: 'in-review', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  const approved = await request.patch(`${e2e.cmsUrl()}/api/conditions/${doc.id}?draft=true`, {
    headers: reviewer,
    data: { workflowStatus: 'approved' },
  })
  expect(approved.status()).toBe(200)
  await page.reload()
  await expect(page.getByRole('heading', { name })).toHaveCount(0)

  const published = await request.patch(`${e2e.cmsUrl()}/api/conditions/${doc.id}`, { headers: editor, data: { _status: 'published' } })
  expect(published.status()).toBe(200)
  const publishedAt = Date.now()
  // The CMS hook has already told the portal: the next request shows it.
  await page.reload()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  test.info().annotations.push({ type: 'publish-to-live', description: `${Date.now() - publishedAt} ms` })
})

test('the revalidation endpoint accepts the shared secret', async ({ request }) => {
  const response = await request.post(`${e2e.webUrl()}/api/revalidate`, {
    headers: { 'x-revalidate-secret': e2e.revalidateSecret() },
    data: { tags: ['collection:conditions'] },
  })
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ revalidated: true, tags: ['collection:conditions'] })
})

test('revalidation refuses a wrong secret', async ({ request }) => {
  const response = await request.post(`${e2e.webUrl()}/api/revalidate`, {
    headers: { 'x-revalidate-secret': 'wrong' },
    data: { tags: ['collection:conditions'] },
  })
  expect(response.status()).toBe(401)
})

test('an unknown page is a 404 that still carries the disclaimer and crisis help', async ({ page }) => {
  const response = await page.goto(`${e2e.webUrl()}/no-such-page`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Crisis help' })).toBeVisible()
})
