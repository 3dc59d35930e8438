import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { e2e } from './env'

/** Signs in a seeded demo user through the CMS REST API and returns the auth header. */
export async function signIn(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const login = await request.post(`${e2e.cmsUrl()}/api/users/login`, { data: { email, password: e2e.password() } })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** Finds a published document's id by slug. */
export async function idBySlug(request: APIRequestContext, collection: string, slug: string): Promise<number> {
  const response = await request.get(`${e2e.cmsUrl()}/api/${collection}?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  expect(docs[0], `${collection}/${slug}`).toBeDefined()
  return docs[0]!.id
}

/** Signs in to the admin UI as a seeded demo user and waits for the dashboard's navigation. */
export async function signInToAdmin(page: Page, email: string): Promise<void> {
  await page.goto(`${e2e.cmsUrl()}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(e2e.password())
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('link', { name: /Conditions/ }).first()).toBeVisible({ timeout: 30_000 })
}

/** Takes a workflow step from the document header: the button, then its dialog with the note. */
export async function step(page: Page, name: string, note?: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click()
  const dialog = page.getByRole('dialog', { name })
  if (note) await dialog.getByRole('textbox').fill(note)
  await dialog.getByRole('button', { name, exact: true }).click()
  await expect(dialog).toBeHidden({ timeout: 15_000 })
}

export async function saveDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page.getByText(/saved successfully/i).first()).toBeVisible()
}
