import { expect, test } from '@playwright/test'

import { e2e } from './support/env'

test('the admin login page loads and the seeded editor can sign in', async ({ page }) => {
  await page.goto(`${e2e.cmsUrl()}/admin`)
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill(e2e.password())
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: /Conditions/ }).first()).toBeVisible({ timeout: 30_000 })
})

test('a wrong password is refused without saying whether the account exists', async ({ page }) => {
  await page.goto(`${e2e.cmsUrl()}/admin/login`)
  await page.getByLabel('Email').fill('editor@example.com')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByText(/email or password provided is incorrect/i)).toBeVisible()
})
