import { expect, test, type Page } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { signInToAdmin, step } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

test('the Spanish text has its own review: an English change marks it out of date for editor and reviewer until the Spanish is reviewed again', async ({ browser }) => {
  test.setTimeout(180_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const name = `Translation check ${Date.now()}`
  const ok = async (result: Promise<{ status: number; json: Record<string, unknown> }>) => {
    const { status, json } = await result
    expect(status, JSON.stringify(json).slice(0, 300)).toBeLessThan(300)
    return json
  }
  const created = await ok(
    cms.call('editor@example.com', 'POST', '/conditions?draft=true', { name, summary: 'An English summary.', evidenceLevel: 'investigational', _status: 'draft' }),
  )
  const id = (created.doc as { id: number }).id
  await ok(cms.call('editor@example.com', 'PATCH', `/conditions/${id}?draft=true&locale=es`, { name: `Prueba de traducción ${id}`, summary: 'Un resumen en español.', workflowStatus: 'in-review' }))
  await ok(cms.call('reviewer@example.com', 'PATCH', `/conditions/${id}?draft=true`, { workflowStatus: 'approved' }))
  await ok(cms.call('editor@example.com', 'PATCH', `/conditions/${id}`, { _status: 'published' }))

  const open = async (page: Page, locale: 'en' | 'es') => {
    await page.goto(`${e2e.cmsUrl()}/admin/collections/conditions/${id}?locale=${locale}`)
    await expect(page.locator('#field-name')).toHaveValue(locale === 'es' ? `Prueba de traducción ${id}` : name)
  }
  // Conditions autosave: wait until the draft holds what was typed.
  const autosaved = (locale: 'en' | 'es', summary: string) =>
    expect
      .poll(async () => (await cms.call('editor@example.com', 'GET', `/conditions/${id}?draft=true&locale=${locale}&fallback-locale=none&depth=0`)).json.summary, { timeout: 30_000 })
      .toBe(summary)
  // After a step the admin refreshes the document itself; opening it again waits out that navigation.
  const reopen = (page: Page, locale: 'en' | 'es') => expect(() => open(page, locale)).toPass({ timeout: 30_000 })
  const translationNote = (page: Page) => page.locator('.kat-notice').filter({ hasText: /Spanish|Translation/ })

  // The editor changes the English; the reviewer approves it in English.
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signInToAdmin(editor, 'editor@example.com')
  await open(editor, 'en')
  await expect(translationNote(editor)).toContainText('Spanish translation reviewed')
  await editor.locator('#field-summary').fill('An English summary with a new safety point.')
  await autosaved('en', 'An English summary with a new safety point.')
  await step(editor, 'Send for review', 'New safety point.')
  // Leaving the document releases its lock for the reviewer.
  const leave = (page: Page) => page.goto(`${e2e.cmsUrl()}/admin/collections/conditions`)
  await leave(editor)

  const reviewerContext = await browser.newContext()
  const reviewer = await reviewerContext.newPage()
  await signInToAdmin(reviewer, 'reviewer@example.com')
  await open(reviewer, 'en')
  await step(reviewer, 'Approve')
  await reopen(reviewer, 'en')
  await expect(translationNote(reviewer)).toContainText('Translation out of date')
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/translation-out-of-date.png`, fullPage: true })

  // Both see it on the dashboard.
  await leave(reviewer)
  for (const page of [editor, reviewer]) {
    await page.goto(`${e2e.cmsUrl()}/admin`)
    await expect(page.locator('[data-view="translationOutOfDate"]').getByRole('link', { name })).toBeVisible()
  }
  if (screenshots) await editor.screenshot({ path: `${screenshots}/dashboard-translation-out-of-date.png`, fullPage: true })

  // The editor updates the Spanish; the reviewer approves it while viewing the Spanish.
  await open(editor, 'es')
  await editor.locator('#field-summary').fill('Un resumen en español con la nueva nota de seguridad.')
  await autosaved('es', 'Un resumen en español con la nueva nota de seguridad.')
  await leave(editor)
  await open(reviewer, 'es')
  await step(reviewer, 'Approve')
  await reopen(reviewer, 'es')
  await expect(translationNote(reviewer)).toContainText('Spanish translation reviewed')
  await reviewer.goto(`${e2e.cmsUrl()}/admin`)
  await expect(reviewer.locator('[data-view="translationOutOfDate"]').getByRole('link', { name })).toHaveCount(0)

  await editorContext.close()
  await reviewerContext.close()
})

test('editing an article in Spanish shows its Spanish reading ease, not an English grade', async ({ page }) => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const id = await cms.idBySlug('articles', 'what-is-ketamine-assisted-therapy')
  await signInToAdmin(page, 'editor@example.com')
  await page.goto(`${e2e.cmsUrl()}/admin/collections/articles/${id}?locale=es`)
  await expect(page.locator('.kat-notice', { hasText: 'Spanish reading ease' })).toBeVisible()
  await page.goto(`${e2e.cmsUrl()}/admin/collections/articles/${id}?locale=en`)
  await expect(page.locator('.kat-notice', { hasText: /Reading grade \d/ })).toBeVisible()
})
