import { expect, test } from '@playwright/test'

import { e2e } from './support/env'

test('the home page shows conditions published in the CMS, crisis help and the disclaimer', async ({ page }) => {
  const response = await page.goto(e2e.webUrl())
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const conditions = page.getByTestId('condition-list')
  await expect(conditions.getByRole('heading', { name: 'Treatment-resistant depression' })).toBeVisible()
  await expect(conditions.getByRole('listitem')).toHaveCount(10)
  await expect(page.getByRole('complementary', { name: 'Crisis help' })).toContainText('988')
  await expect(page.locator('[data-mandatory-disclaimer]')).toContainText(/not medical advice/i)
})

test('the portal serves cached CMS data until the CMS asks it to revalidate', async ({ page, request }) => {
  const name = `E2E condition ${Date.now()}`
  await page.goto(e2e.webUrl())
  await expect(page.getByTestId('condition-list')).toBeVisible()

  const login = await request.post(`${e2e.cmsUrl()}/api/users/login`, {
    data: { email: 'editor@example.com', password: e2e.password() },
  })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const created = await request.post(`${e2e.cmsUrl()}/api/conditions`, {
    headers: { Authorization: `JWT ${token}` },
    data: { name, summary: 'Created by the end-to-end test.', _status: 'published' },
  })
  expect(created.status()).toBe(201)

  // Still the cached list: pages do not hit the CMS on every request.
  await page.reload()
  await expect(page.getByRole('heading', { name })).toHaveCount(0)

  const revalidated = await request.post(`${e2e.webUrl()}/api/revalidate`, {
    headers: { 'x-revalidate-secret': e2e.revalidateSecret() },
    data: { tags: ['collection:conditions'] },
  })
  expect(revalidated.ok()).toBe(true)
  await page.reload()
  await expect(page.getByRole('heading', { name })).toBeVisible()
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
