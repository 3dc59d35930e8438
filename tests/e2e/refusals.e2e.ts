import { expect, test, type Page } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

type FieldErrors = { name?: string; message?: string; data?: { errors?: { path: string; message: string }[] } }

/** A new draft article for patients, written by the editor (and sent for review when asked). */
async function draftArticle(title: string, workflowStatus: 'draft' | 'in-review' = 'draft', data: Record<string, unknown> = {}): Promise<number> {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const { status, json } = await cms.call('editor@example.com', 'POST', '/articles?draft=true', {
    title,
    summary: 'A short summary for the refusal tests.',
    audience: 'patients',
    workflowStatus,
    ...data,
  })
  expect(status, JSON.stringify(json)).toBe(201)
  return (json.doc as { id: number }).id
}

const BAD_IDENTIFIER_RULES = {
  doi: 'DOI: must look like 10.1234/abc (the part after doi.org/).',
  pmid: 'PMID: digits only (the PubMed ID; e.g. 10686270).',
}

/** A citation a reviewer approved with a malformed DOI and PMID (drafts skip field validation; publishing does not). */
async function approvedCitationWithBadIdentifiers(title: string): Promise<number> {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const created = await cms.call('editor@example.com', 'POST', '/citations?draft=true', {
    type: 'web-page',
    title,
    doi: 'not-a-doi',
    pmid: '12a',
    workflowStatus: 'in-review',
  })
  const id = (created.json.doc as { id: number }).id
  expect((await cms.call('reviewer@example.com', 'PATCH', `/citations/${id}?draft=true`, { workflowStatus: 'approved' })).status).toBe(200)
  return id
}

async function storedDraft(id: number): Promise<Record<string, unknown>> {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  return (await cms.call('editor@example.com', 'GET', `/articles/${id}?draft=true&depth=0`)).json
}

/** The error shown on a field: in the innermost `.field-type` holding the field's id (rows are field types too). */
const fieldError = (page: Page, path: string) => {
  const id = `[id="field-${path}"]`
  return page.locator(`.field-type${id} .field-error, .field-type:has(${id}):not(:has(.field-type ${id})) .field-error`).first()
}

async function openArticle(page: Page, id: number, title: string) {
  await page.goto(`${e2e.cmsUrl()}/admin/collections/articles/${id}`)
  await expect(page.locator('#field-title')).toHaveValue(title)
}

test('a refused step names its rule on the field, in the toast and in the header, and later edits still autosave', async ({ page }) => {
  const title = `Refused approval ${Date.now()}`
  const id = await draftArticle(title, 'in-review')
  const rule = 'Next review: at most 12 months ahead (the review policy in Site settings).'
  await signInToAdmin(page, 'reviewer@example.com')
  await openArticle(page, id, title)

  // The reviewer approves with a next review three years ahead, beyond the review policy.
  await page.getByRole('button', { name: 'Approve', exact: true }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: 'Next review' })
  await dialog.getByLabel(/Next review/).fill(`${new Date().getFullYear() + 3}-01-15`)
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: rule })).toBeVisible()
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: /following fields? (is|are) invalid/ })).toHaveCount(0)
  await expect(dialog.getByRole('alert')).toHaveText(rule)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(fieldError(page, 'nextReviewDue')).toHaveText(rule)
  await expect(page.locator('.save-status')).toContainText(`Refused: ${rule}`)
  if (screenshots) await page.screenshot({ path: `${screenshots}/reviewer-refused-approval.png` })
  expect((await storedDraft(id)).workflowStatus).toBe('in-review')

  // The refusal did not touch the form: the next edit autosaves, and the refusal is then resolved.
  const summary = `Typed after the refusal ${Date.now()}.`
  await page.locator('#field-summary').fill(summary)
  await expect.poll(async () => (await storedDraft(id)).summary, { timeout: 15_000 }).toBe(summary)
  await expect(page.locator('.save-status')).toHaveCount(0)
  await expect(page.locator('.autosave')).toContainText(/Last saved/)
})

test('a refused autosave says "Not saved" with its rule, sets the refused field back to the stored value, and typing afterwards is saved', async ({ page }) => {
  const title = `Last disclaimer ${Date.now()}`
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const disclaimer = ((await cms.call('editor@example.com', 'GET', '/disclaimers?limit=1&depth=0&sort=id')).json.docs as { id: number }[])[0]!.id
  const id = await draftArticle(title, 'draft', { disclaimers: [disclaimer] })
  const rule = 'Disclaimers: the last disclaimer cannot be removed; add another first.'
  await signInToAdmin(page, 'editor@example.com')
  await openArticle(page, id, title)

  const disclaimers = page.locator('.field-type.relationship').filter({ has: page.getByText('Disclaimers', { exact: true }) })
  await expect(disclaimers.locator('.rs__multi-value')).toHaveCount(1)
  await disclaimers.locator('.rs__multi-value__remove').click()
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: rule })).toContainText(`Not saved: ${rule}`)
  await expect(fieldError(page, 'disclaimers')).toHaveText(rule)
  await expect(page.locator('.save-status')).toContainText(rule)
  // Back to the stored disclaimer, so the next autosave does not send the refused removal again.
  await expect(disclaimers.locator('.rs__multi-value')).toHaveCount(1)
  await expect(page.locator('.save-status')).toContainText('Disclaimers set back to the saved value:')
  if (screenshots) await page.screenshot({ path: `${screenshots}/editor-refused-autosave.png` })

  const summary = `Typed after the refused autosave ${Date.now()}.`
  await page.locator('#field-summary').fill(summary)
  await expect.poll(async () => (await storedDraft(id)).summary, { timeout: 15_000 }).toBe(summary)
  expect((await storedDraft(id)).disclaimers).toEqual([disclaimer])
  await expect(page.locator('.save-status--failed')).toHaveCount(0)
  await expect(page.locator('.autosave')).toContainText(/Last saved/)
})

test('a refused publish lists every failed rule in the toast and the header, each on its field', async ({ page }) => {
  const title = `Malformed identifiers ${Date.now()}`
  const id = await approvedCitationWithBadIdentifiers(title)
  await signInToAdmin(page, 'editor@example.com')
  await page.goto(`${e2e.cmsUrl()}/admin/collections/citations/${id}`)
  await expect(page.locator('#field-title')).toHaveValue(title)
  await page.getByRole('button', { name: 'Publish changes' }).click()

  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Not saved (2):' })
  for (const [path, rule] of Object.entries(BAD_IDENTIFIER_RULES)) {
    await expect(toast.getByRole('listitem').filter({ hasText: rule })).toHaveCount(1)
    await expect(page.locator('.save-status')).toContainText(rule)
    await expect(fieldError(page, path)).toHaveText(rule)
  }
  if (screenshots) await page.screenshot({ path: `${screenshots}/editor-refused-publish.png` })
  const live = await cmsClient(e2e.cmsUrl(), e2e.password()).call(null, 'GET', `/citations/${id}?depth=0`)
  expect(live.status).toBe(404)
})

test('REST and GraphQL answers to a refused save carry each failed rule on its field', async ({ request }) => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const id = await draftArticle(`Refused over the API ${Date.now()}`)
  const headers = { Authorization: `JWT ${await cms.signIn('editor@example.com')}` }

  const rest = await request.patch(`${e2e.cmsUrl()}/api/articles/${id}`, { headers, data: { _status: 'published' } })
  expect(rest.status()).toBe(400)
  const [error] = ((await rest.json()) as { errors: FieldErrors[] }).errors
  expect(error?.name).toBe('ValidationError')
  expect(error?.data?.errors).toEqual(
    expect.arrayContaining([
      { path: 'workflowStatus', message: 'Publish: a reviewer must approve it first (it is "draft").' },
      { path: 'reviewer', message: 'Publish: a clinical reviewer must be named.' },
      { path: 'lastReviewed', message: 'Publish: the last-reviewed date is missing.' },
      { path: 'citations', message: 'Publish: articles for patients must cite at least one source.' },
    ]),
  )
  expect(error?.message).toContain('Publish: a clinical reviewer must be named.')

  const graphql = await request.post(`${e2e.cmsUrl()}/api/graphql`, {
    headers,
    data: { query: `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }` },
  })
  const [gqlError] = ((await graphql.json()) as { errors: { message: string; extensions: FieldErrors & { statusCode: number } }[] }).errors
  expect(gqlError?.extensions.statusCode).toBe(400)
  expect(gqlError?.extensions.name).toBe('ValidationError')
  expect(gqlError?.extensions.data?.errors).toEqual(expect.arrayContaining([{ path: 'reviewer', message: 'Publish: a clinical reviewer must be named.' }]))
  expect(gqlError?.message).toContain('Publish: a clinical reviewer must be named.')

  // Payload's own field validation keeps its hint too.
  const citation = await approvedCitationWithBadIdentifiers(`Malformed identifiers over the API ${Date.now()}`)
  const publish = await cms.call('reviewer@example.com', 'PATCH', `/citations/${citation}`, { _status: 'published' })
  expect(publish.status).toBe(400)
  expect((publish.json.errors as FieldErrors[])[0]?.data?.errors).toEqual([
    expect.objectContaining({ path: 'doi', message: BAD_IDENTIFIER_RULES.doi }),
    expect.objectContaining({ path: 'pmid', message: BAD_IDENTIFIER_RULES.pmid }),
  ])
})

test('leaving a document with unsaved changes asks first; once autosaved it leaves without asking', async ({ page }) => {
  const title = `Unsaved changes ${Date.now()}`
  const id = await draftArticle(title)
  await signInToAdmin(page, 'editor@example.com')
  await openArticle(page, id, title)
  const toList = page.locator('.step-nav a', { hasText: 'Articles' })

  // Hold the autosave until the question was asked: on a slow machine it could save before the click.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(new RegExp(`/api/articles/${id}\\?`), async (route) => {
    if (route.request().method() === 'PATCH') await held
    await route.continue()
  })
  // Type only once the form holds the stored text (typing while it loads lands in the wrong place).
  const summary = page.locator('#field-summary')
  await expect(summary).not.toHaveValue('')
  await summary.fill(`${await summary.inputValue()} More words.`)
  await toList.click()
  const modal = page.getByRole('dialog').filter({ hasText: 'Leave without saving' })
  await expect(modal).toBeVisible()
  if (screenshots) await page.screenshot({ path: `${screenshots}/editor-leave-warning.png` })
  await modal.getByRole('button', { name: 'Stay on this page' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/articles/${id}`))
  release()

  await expect.poll(async () => (await storedDraft(id)).summary, { timeout: 15_000 }).toContain('More words.')
  await expect(page.locator('.autosave')).toContainText(/Last saved/)
  await toList.click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles(\?|$)/)

  // Closing the tab or reloading asks the browser's question while a change is unsaved.
  await openArticle(page, id, title)
  await page.locator('#field-summary').pressSequentially(' Even more.')
  const dialog = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const question = await dialog
  expect(question.type()).toBe('beforeunload')
  await question.accept()
})
