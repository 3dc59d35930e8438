import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import pg from 'pg'

import { cmsClient } from '../support/cms-client'
import { paragraphs } from '../support/rich-text'
import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function adminAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  await signInToAdmin(page, email)
  return page
}

/** A dashboard card, found by its heading. */
const card = (page: Page, title: string) => page.locator('.kat-dashboard__view').filter({ has: page.getByRole('heading', { name: new RegExp(`^${title}`) }) })

/** The editor writes a patient article and sends it for review, through REST as the admin would. */
async function articleSentForReview(title: string) {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const { status, json } = await cms.call('editor@example.com', 'POST', '/articles?draft=true', {
    title,
    summary: `What to expect: ${title}.`,
    audience: 'patients',
    body: paragraphs('Ketamine care starts with a talk about your health, your medicines and what you hope for.'),
    workflowStatus: 'in-review',
    workflowNote: 'Ready for a look.',
    _status: 'draft',
  })
  expect(status, JSON.stringify(json).slice(0, 300)).toBe(201)
  return { cms, id: (json.doc as { id: number }).id }
}

test('the reviewer’s dashboard counts an article the editor sent for review and links to the filtered list that shows it', async ({ browser }) => {
  const title = `Dashboard review ${Date.now()}`
  await articleSentForReview(title)

  const reviewer = await adminAs(browser, 'reviewer@example.com')
  const awaiting = card(reviewer, 'Awaiting your review')
  // What a reviewer needs first comes first.
  await expect(reviewer.locator('.kat-dashboard__view').first()).toHaveAttribute('data-view', 'awaitingYourReview')
  await expect(awaiting.locator('.kat-dashboard__count')).not.toHaveText('0')
  await expect(awaiting.getByRole('link', { name: title })).toBeVisible()
  await expect(awaiting.getByText('sent by Demo Editor').first()).toBeVisible()
  if (screenshots) await reviewer.screenshot({ path: `${screenshots}/dashboard-reviewer.png`, fullPage: true })

  const count = Number(await awaiting.locator('.kat-dashboard__count').textContent())
  await awaiting.getByRole('link', { name: /^Articles \(\d+\)$/ }).click()
  await expect(reviewer).toHaveURL(/\/admin\/collections\/articles\?where/)
  const rows = reviewer.locator('.table tbody tr')
  await expect(rows.filter({ hasText: title })).toHaveCount(1)
  await expect(rows.filter({ hasText: title })).toContainText('In review')
  // Every row the link shows is in review and someone else's: the count is the list.
  await expect(rows).toHaveCount(count)
  for (const row of await rows.all()) await expect(row).toContainText('In review')
  // The filter says what it asks: in review, and not this reviewer's work.
  await expect(reviewer.locator('.where-builder')).toContainText('Dr Demo Reviewer')
  await reviewer.context().close()
})

test('the editor’s dashboard shows “Changes requested of you” with the reviewer’s note after the reviewer sends it back', async ({ browser }) => {
  const title = `Dashboard changes ${Date.now()}`
  const { cms, id } = await articleSentForReview(title)
  const note = 'Please say what “dissociation” feels like, in everyday words.'
  const sentBack = await cms.call('reviewer@example.com', 'PATCH', `/articles/${id}?draft=true`, { workflowStatus: 'draft', workflowNote: note })
  expect(sentBack.status).toBe(200)

  const editor = await adminAs(browser, 'editor@example.com')
  await expect(editor.locator('.kat-dashboard__view').first()).toHaveAttribute('data-view', 'changesRequested')
  const requested = card(editor, 'Changes requested of you')
  const item = requested.locator('li').filter({ has: editor.getByRole('link', { name: title }) })
  await expect(item.locator('blockquote')).toHaveText(note)
  await expect(item.locator('figcaption')).toContainText('Demo Reviewer')
  await expect(item.locator('figcaption')).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}/)
  if (screenshots) await editor.screenshot({ path: `${screenshots}/dashboard-editor.png`, fullPage: true })

  // The list it links to tells the sent-back draft from a plain one.
  await requested.getByRole('link', { name: /^Articles \(\d+\)$/ }).click()
  await expect(editor.locator('.where-builder')).toContainText('Demo Editor')
  const row = editor.locator('.table tbody tr').filter({ hasText: title })
  await expect(row.locator('.kat-badge', { hasText: 'Changes requested' })).toBeVisible()
  if (screenshots) await editor.screenshot({ path: `${screenshots}/list-changes-requested.png`, fullPage: true })
  await editor.context().close()
})

/** Moves a document's next review date below the API (nobody can write it through one): live and latest version. */
async function setNextReviewDue(collection: string, id: number, date: Date) {
  const client = new pg.Client({ connectionString: e2e.databaseUrl() })
  await client.connect()
  try {
    await client.query(`UPDATE "${collection}" SET next_review_due = $1 WHERE id = $2`, [date.toISOString(), id])
    await client.query(`UPDATE "_${collection}_v" SET version_next_review_due = $1 WHERE parent_id = $2 AND latest`, [date.toISOString(), id])
  } finally {
    await client.end()
  }
}

test('admins see overdue content first; the lists mark overdue and soon-due reviews and hard reading', async ({ browser }) => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const stamp = Date.now()
  const clinicianArticle = (title: string) => ({ title, summary: `${title}.`, audience: 'clinicians', body: paragraphs('Dosing and monitoring notes for clinicians.') })
  const overdue = await cms.createAndPublish('articles', clinicianArticle(`Overdue review ${stamp}`))
  const dueSoon = await cms.createAndPublish('articles', clinicianArticle(`Review due soon ${stamp}`))
  const hard = `Hard to read ${stamp}`
  const created = await cms.call('editor@example.com', 'POST', '/articles?draft=true', {
    title: hard,
    summary: 'A draft above the reading target.',
    audience: 'patients',
    body: paragraphs(
      'Subanesthetic intravenous ketamine administration demonstrates considerable antidepressant efficacy, notwithstanding heterogeneous methodological characteristics, pharmacokinetic variability and incompletely characterized neurobiological mechanisms underlying glutamatergic modulation.',
    ),
    _status: 'draft',
  })
  const hardId = (created.json.doc as { id: number }).id
  try {
    await setNextReviewDue('articles', overdue, new Date(Date.now() - 3 * 86_400_000))
    await setNextReviewDue('articles', dueSoon, new Date(Date.now() + 10 * 86_400_000))

    const admin = await adminAs(browser, 'admin@example.com')
    await expect(admin.locator('.kat-dashboard__view').first()).toHaveAttribute('data-view', 'overdue')
    await expect(admin.locator('.kat-dashboard__view')).toHaveCount(7)
    await expect(card(admin, 'Overdue').getByRole('link', { name: `Overdue review ${stamp}` })).toBeVisible()
    await expect(card(admin, 'Due for review in 30 days').getByRole('link', { name: `Review due soon ${stamp}` })).toBeVisible()
    await expect(card(admin, 'Reading grade above 8').getByRole('link', { name: hard })).toBeVisible()
    if (screenshots) await admin.screenshot({ path: `${screenshots}/dashboard-admin.png`, fullPage: true })

    await card(admin, 'Overdue').getByRole('link', { name: /^Articles \(\d+\)$/ }).click()
    await expect(admin.locator('.table tbody tr').filter({ hasText: `Overdue review ${stamp}` }).locator('.kat-badge')).toHaveText('Overdue')
    // The filter names the date it compares with, with its year.
    await expect(admin.locator('.where-builder')).toBeVisible()
    await admin.goto(`${e2e.cmsUrl()}/admin/collections/articles?limit=100`)
    const rows = admin.locator('.table tbody tr')
    await expect(rows.filter({ hasText: `Review due soon ${stamp}` }).locator('.kat-badge')).toHaveText('Due soon')
    await expect(rows.filter({ hasText: hard }).locator('.kat-badge')).toHaveText(/^Above 8$/)
    await expect(rows.filter({ hasText: `Overdue review ${stamp}` })).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}/)
    if (screenshots) await admin.screenshot({ path: `${screenshots}/list-marks.png`, fullPage: true })
    // The shared saved views are offered in every reviewed collection's list.
    await admin.goto(`${e2e.cmsUrl()}/admin/collections/conditions`)
    await admin.getByRole('button', { name: /saved view/i }).first().click()
    for (const view of ['In review', 'Changes requested', 'Drafts', 'Overdue', 'Due for review in 30 days', 'Published']) {
      await expect(admin.getByRole('dialog').getByText(view, { exact: true }).first()).toBeVisible()
    }
    if (screenshots) await admin.screenshot({ path: `${screenshots}/saved-views.png` })
    await admin.context().close()
  } finally {
    await cms.remove('articles', overdue)
    await cms.remove('articles', dueSoon)
    await cms.remove('articles', hardId)
  }
})

/** Our own parts of the admin; everything else on these pages is Payload's. */
const OURS = '.kat-dashboard, .kat-import, .workflow-status, .workflow-actions, .save-status, .changes-since-published, .kat-notice'

/** Axe on the whole page: findings inside our parts are returned (to fail on), Payload's own are logged. */
async function axeReport(page: Page, ready: string): Promise<string[]> {
  await expect(page.locator(ready).first()).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  const ours: string[] = []
  for (const violation of violations) {
    const targets = violation.nodes.map((node) => node.target.join(' '))
    const inOurs = await page.evaluate(
      ({ targets, selector }) => targets.filter((target) => document.querySelector(target)?.closest(selector)),
      { targets, selector: OURS },
    )
    if (inOurs.length) ours.push(`${violation.id}: ${inOurs.slice(0, 3).join(', ')}`)
    // Payload's own findings are listed, not failed: they are Payload's to fix.
    if (inOurs.length < targets.length) {
      console.log(`Payload's own, on ${new URL(page.url()).pathname}: ${violation.id} ×${targets.length - inOurs.length}, e.g. ${targets.find((t) => !inOurs.includes(t))}`)
    }
  }
  return ours
}

test('WCAG 2.2 AA: no axe violations in our parts of the dashboard, a list, an edit view and the import view', async ({ browser }) => {
  const { id } = await articleSentForReview(`Dashboard axe ${Date.now()}`)
  const reviewer = await adminAs(browser, 'reviewer@example.com')
  expect(await axeReport(reviewer, '.kat-dashboard')).toEqual([])
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/articles`)
  expect(await axeReport(reviewer, '.table')).toEqual([])
  await reviewer.goto(`${e2e.cmsUrl()}/admin/collections/articles/${id}`)
  expect(await axeReport(reviewer, '.workflow-actions')).toEqual([])
  await reviewer.context().close()
  const editor = await adminAs(browser, 'editor@example.com')
  await editor.goto(`${e2e.cmsUrl()}/admin/import-posts`)
  expect(await axeReport(editor, '.kat-import')).toEqual([])
  await editor.context().close()
})
