import { expect, test, type Page } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { saveDraft, signInToAdmin, step } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

const status = (page: Page) => page.locator('[data-workflow-status]')

test('an editor and a reviewer take a citation change through the admin; the live citation waits for the approval', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const title = `Admin review ${Date.now()}`
  const id = await cms.createAndPublish('citations', { type: 'web-page', title, url: 'https://example.org/admin-review' })
  const live = async () => ((await (await request.get(`${e2e.cmsUrl()}/api/citations/${id}?depth=0`)).json()) as { title?: string }).title

  // The editor changes the title: a draft, the live citation unchanged; review data cannot be typed in,
  // and neither Approve nor Publish is offered to them.
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signInToAdmin(editor, 'editor@example.com')
  const open = async (page: Page) => {
    await page.goto(`${e2e.cmsUrl()}/admin/collections/citations/${id}`)
    await expect(page.locator('#field-title')).toBeVisible()
  }
  await open(editor)
  await editor.locator('#field-title').fill(`${title} (corrected)`)
  await expect(editor.locator('#field-reviewedBy')).toBeDisabled()
  await saveDraft(editor)
  await expect(status(editor)).toHaveText('Published, with changes pending')
  await expect(editor.getByRole('button', { name: /Publish/ })).toHaveCount(0)
  await step(editor, 'Send for review', 'Corrected the title.')
  await expect(status(editor)).toHaveText('Published, with changes pending')
  await expect(editor.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  expect(await live()).toBe(title)
  if (screenshots) await editor.screenshot({ path: `${screenshots}/editor-sent-for-review.png`, fullPage: true })
  // Leaving the document releases its lock (a closed tab keeps it until the lock expires).
  await editor.goto(`${e2e.cmsUrl()}/admin/collections/citations`)
  await expect(editor.getByRole('heading', { name: 'Citations' })).toBeVisible()

  // The reviewer sends it back with a note (required), and the editor sees the note.
  const reviewerContext = await browser.newContext()
  const reviewer = await reviewerContext.newPage()
  await signInToAdmin(reviewer, 'reviewer@example.com')
  await open(reviewer)
  await expect(reviewer.locator('#field-title')).toHaveValue(`${title} (corrected)`)
  await reviewer.getByRole('button', { name: 'Request changes', exact: true }).click()
  const dialog = reviewer.getByRole('dialog', { name: 'Request changes' })
  await dialog.getByRole('button', { name: 'Request changes', exact: true }).click()
  // Without a note the step is not sent.
  await expect(dialog).toBeVisible()
  await dialog.getByRole('textbox').fill('Add the year to the title.')
  await dialog.getByRole('button', { name: 'Request changes', exact: true }).click()
  await expect(dialog).toBeHidden({ timeout: 15_000 })
  await expect(status(reviewer)).toHaveText('Published, with changes pending')
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/citations`)
  await expect(reviewer.getByRole('heading', { name: 'Citations' })).toBeVisible()

  await open(editor)
  await expect(editor.getByText('Reviewer: “Add the year to the title.”')).toBeVisible()
  // The history says each step in words, the reviewer's note included.
  await expect(editor.getByText(/^In review → Draft · \d{1,2} \w{3} \d{4}, \d{2}:\d{2} · “Add the year to the title\.”$/)).toBeVisible()
  await editor.locator('#field-title').fill(`${title} (corrected, 2026)`)
  await saveDraft(editor)
  await step(editor, 'Send for review')
  await editor.goto(`${e2e.cmsUrl()}/admin/collections/citations`)
  await expect(editor.getByRole('heading', { name: 'Citations' })).toBeVisible()
  await editorContext.close()

  // The reviewer approves; only then is Publish offered, and publishing makes exactly that version live.
  await open(reviewer)
  await expect(reviewer.getByRole('button', { name: /Publish/ })).toHaveCount(0)
  await step(reviewer, 'Approve')
  await expect(status(reviewer)).toHaveText('Published, with changes pending')
  expect(await live()).toBe(title)
  await reviewer.getByRole('button', { name: /Publish changes/ }).click()
  await expect.poll(live, { timeout: 15_000 }).toBe(`${title} (corrected, 2026)`)
  await reviewer.reload()
  await expect(status(reviewer)).toHaveText('Published')
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/reviewer-published.png`, fullPage: true })

  // The reviewer reads the audit log in the admin: the publish, by whom.
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/audit-log`)
  await expect(reviewer.getByText(`Published citation "${title} (corrected, 2026)"`).first()).toBeVisible()
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/reviewer-audit-log.png`, fullPage: true })
  await reviewerContext.close()
})
