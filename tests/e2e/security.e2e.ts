import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { paragraphs } from '../support/rich-text'
import { e2e } from './support/env'

const cms = () => cmsClient(e2e.cmsUrl(), e2e.password())

test('portal pages send a strict CSP (scripts from this origin only, none inline) and the other security headers', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  for (const path of ['/', '/articles?q=ketamine', '/conditions/treatment-resistant-depression', '/articles/side-effects-of-ketamine-treatment', '/share', '/no-such-page']) {
    const response = await page.goto(`${e2e.webUrl()}${path}`)
    const headers = response!.headers()
    const csp = headers['content-security-policy'] ?? ''
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc.trim(), path).toBe("script-src 'self'")
    // No inline script at all: only the JSON-LD data block, which is never run.
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count(), path).toBe(0)
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
    expect(headers['x-powered-by']).toBeUndefined()
  }

  // The small progressive script runs under the policy: the filters apply on a tick...
  await page.goto(`${e2e.webUrl()}/articles`)
  await page.getByRole('checkbox', { name: /Chronic pain/ }).check()
  await expect(page).toHaveURL(/condition=chronic-pain/)
  // ...and the copy button appears and works.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${e2e.webUrl()}/conditions/treatment-resistant-depression`)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/conditions\/treatment-resistant-depression$/)
  expect(violations).toEqual([])
})

test('script in titles, summaries, rich text and citations renders as text; a script slug is refused, also on a draft', async ({ page }) => {
  const client = cms()
  const stamp = Date.now()
  const payload = `<script>alert('x${stamp}')</script><img src=x onerror="alert('y${stamp}')">`
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const citationId = await client.createAndPublish('citations', { type: 'web-page', title: `Source ${payload}`, url: 'https://example.org/source' })
  const slug = `xss-probe-${stamp}`
  await client.createAndPublish('articles', {
    title: `Probe ${payload}`,
    slug,
    summary: `Summary ${payload}`,
    audience: 'clinicians',
    citations: [citationId],
    body: paragraphs(`Body ${payload}`),
  })
  await page.goto(`${e2e.webUrl()}/articles/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`<script>alert('x${stamp}')</script>`)
  await expect(page.getByText(`Body <script>`)).toBeVisible()
  await expect(page.getByText(`Source <script>`)).toBeVisible()
  expect(await page.locator(`img[src="x"]`).count()).toBe(0)
  await page.goto(`${e2e.webUrl()}/feed.xml`)
  await page.goto(`${e2e.webUrl()}/articles?q=probe`)
  expect(dialogs).toEqual([])

  const badSlug = await client.call('editor@example.com', 'POST', '/articles?draft=true', {
    title: 'Slug probe',
    slug: `<script>alert(1)</script>`,
    summary: 'x',
    audience: 'clinicians',
    _status: 'draft',
  })
  expect(badSlug.status).toBe(400)
  expect(JSON.stringify(badSlug.json)).toContain(`{"path":"slug","message":"Slug: use only lowercase letters and digits joined by single hyphens`)
})

test('sign-in cookies are httpOnly, SameSite and Secure; password reset does not reveal who has an account', async ({ request }) => {
  const login = await request.post(`${e2e.cmsUrl()}/api/users/login`, { data: { email: 'editor@example.com', password: e2e.password() } })
  expect(login.ok()).toBe(true)
  const cookie = login.headers()['set-cookie'] ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  expect(cookie).toMatch(/Secure/i)

  const forgot = async (email: string) => {
    const response = await request.post(`${e2e.cmsUrl()}/api/users/forgot-password`, { data: { email } })
    return { status: response.status(), body: await response.text() }
  }
  const known = await forgot('reviewer@example.com')
  const unknown = await forgot(`nobody-${Date.now()}@example.com`)
  expect(unknown).toEqual(known)
})
