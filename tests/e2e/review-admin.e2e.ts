import { expect, test, type Page } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

/** Picks an option of a Payload select field in the edit view, by the field's label. */
async function choose(page: Page, fieldLabel: string, option: string) {
  const field = page.locator('.field-type.select').filter({ has: page.getByText(fieldLabel, { exact: true }) })
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).click()
}

async function saveDraft(page: Page) {
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page.getByText(/saved successfully/i).first()).toBeVisible()
}

test('an editor and a reviewer take a citation change through the admin; the live citation waits for the approval', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const title = `Admin review ${Date.now()}`
  const id = await cms.createAndPublish('citations', { type: 'web-page', title, url: 'https://example.org/admin-review' })
  const live = async () => ((await (await request.get(`${e2e.cmsUrl()}/api/citations/${id}?depth=0`)).json()) as { title?: string }).title

  // The editor changes the title: a draft, the live citation unchanged; review data cannot be typed in.
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signInToAdmin(editor, 'editor@example.com')
  await editor.goto(`${e2e.cmsUrl()}/admin/collections/citations/${id}`)
  const titleInput = editor.locator('#field-title')
  await titleInput.fill(`${title} (corrected)`)
  await expect(editor.locator('#field-reviewedBy')).toBeDisabled()
  await choose(editor, 'Review status', 'In review')
  await saveDraft(editor)
  expect(await live()).toBe(title)
  if (screenshots) await editor.screenshot({ path: `${screenshots}/editor-sent-for-review.png`, fullPage: true })
  // An editor cannot approve: the refusal names the rule.
  await choose(editor, 'Review status', 'Approved')
  await editor.getByRole('button', { name: 'Save Draft' }).click()
  await expect(editor.getByText(/invalid: workflowStatus/i).first()).toBeVisible()
  expect(await live()).toBe(title)
  // Leaving the document releases its lock (a closed tab keeps it until the lock expires).
  await editor.goto(`${e2e.cmsUrl()}/admin/collections/citations`)
  await expect(editor.getByRole('heading', { name: 'Citations' })).toBeVisible()
  await editorContext.close()

  // The reviewer approves it; publishing then makes exactly that version live.
  const reviewerContext = await browser.newContext()
  const reviewer = await reviewerContext.newPage()
  await signInToAdmin(reviewer, 'reviewer@example.com')
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/citations/${id}`)
  await expect(reviewer.locator('#field-title')).toHaveValue(`${title} (corrected)`)
  await choose(reviewer, 'Review status', 'Approved')
  await saveDraft(reviewer)
  expect(await live()).toBe(title)
  await reviewer.getByRole('button', { name: /Publish changes/ }).click()
  await expect.poll(live, { timeout: 15_000 }).toBe(`${title} (corrected)`)
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/reviewer-published.png`, fullPage: true })

  // The reviewer reads the audit log in the admin: the publish, by whom.
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/audit-log`)
  await expect(reviewer.getByText(`Published citation "${title} (corrected)"`).first()).toBeVisible()
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/reviewer-audit-log.png`, fullPage: true })
  await reviewerContext.close()
})
