import { mailbox, type CaughtMail } from '@kat/stack/mail-catcher'
import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { paragraphs } from '../support/rich-text'
import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

const addresses = (mail: CaughtMail) => mail.to.map((to) => to.address)

/** The one mail with this subject, once it has arrived (mail goes out after the save has answered). */
async function theMail(subject: string, count = 1): Promise<CaughtMail[]> {
  const found = await mailbox(e2e.mailUrl()).waitFor((mail) => mail.subject === subject, { count })
  expect(found.map((mail) => mail.subject), `mails "${subject}"`).toHaveLength(count)
  return found
}

/** The first URL in a mail's plain text that starts with `prefix`. */
const linkIn = (mail: CaughtMail, prefix: string) => {
  const url = mail.text?.split(/\s/).find((word) => word.startsWith(prefix))
  expect(url, `a link to ${prefix} in:\n${mail.text}`).toBeDefined()
  return url!
}

test('each step of a review round mails the people it concerns, with a link to the document in the admin', async ({ browser }) => {
  test.setTimeout(120_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const editor = 'editor@example.com'
  const reviewer = 'reviewer@example.com'
  const me = await cms.call(editor, 'GET', '/users/me')
  const title = `Mail round ${Date.now()}`
  const patch = async (email: string, id: number, body: Record<string, unknown>, draft = true) => {
    const { status, json } = await cms.call(email, 'PATCH', `/articles/${id}${draft ? '?draft=true' : ''}`, body)
    expect(status, JSON.stringify(json).slice(0, 300)).toBe(200)
  }
  const created = await cms.call(editor, 'POST', '/articles?draft=true', {
    title,
    slug: title.toLowerCase().replace(/\W+/g, '-'),
    summary: 'What to expect at a first session.',
    audience: 'clinicians',
    body: paragraphs('Your first session takes about two hours.'),
    author: (me.json.user as { id: number }).id,
    _status: 'draft',
  })
  expect(created.status).toBe(201)
  const id = (created.json.doc as { id: number }).id
  const adminLink = `${e2e.cmsUrl()}/admin/collections/articles/${id}`

  // The editor sends it for review with a note: the reviewers are mailed, the editor is not.
  await patch(editor, id, { workflowStatus: 'in-review', workflowNote: 'Please check the dosing table.' })
  const [submitted] = await theMail(`Review requested: article “${title}”`)
  expect(addresses(submitted!)).toEqual([reviewer])
  expect(submitted!.text).toContain('> Please check the dosing table.')
  expect(linkIn(submitted!, `${e2e.cmsUrl()}/admin/`)).toBe(adminLink)

  // The reviewer asks for changes: the author gets the note in the body, not in the subject.
  await patch(reviewer, id, { workflowStatus: 'draft', workflowNote: 'Cite the 2019 trial for the dose.' })
  const [changes] = await theMail(`Changes requested: article “${title}”`)
  expect(addresses(changes!)).toEqual([editor])
  expect(changes!.subject).not.toContain('2019')
  expect(changes!.text).toContain('Dr Demo Reviewer asked for changes to the article')
  expect(changes!.text).toContain('> Cite the 2019 trial for the dose.')

  // Fixed and sent again; the reviewer approves, then publishes: the author hears of each.
  await patch(editor, id, { summary: 'What to expect at a first session, with the 2019 trial.', workflowStatus: 'in-review' })
  await theMail(`Review requested: article “${title}”`, 2)
  await patch(reviewer, id, { workflowStatus: 'approved', workflowNote: 'Good to go.' })
  const [approved] = await theMail(`Approved: article “${title}”`)
  expect(addresses(approved!)).toEqual([editor])
  expect(approved!.text).toMatch(/Next review due: \d{1,2} \w+ \d{4}\./)
  await patch(reviewer, id, { _status: 'published' }, false)
  const [published] = await theMail(`Published: article “${title}”`)
  expect(addresses(published!)).toEqual([editor])
  const live = linkIn(published!, `${e2e.webUrl()}/articles/`)

  // The links work: the editor opens the document from the mail, and the portal shows it.
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInToAdmin(page, editor)
  await page.goto(linkIn(changes!, `${e2e.cmsUrl()}/admin/`))
  await expect(page.locator('#field-title')).toHaveValue(title)
  await page.goto(live)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

  // Locally the same mails are read in the catcher's web UI.
  await page.goto(e2e.mailUrl())
  await expect(page.getByText(`Published: article “${title}”`).first()).toBeVisible()
  if (screenshots) {
    await page.screenshot({ path: `${screenshots}/mail-catcher.png`, fullPage: true })
    await page.getByText(`Changes requested: article “${title}”`).first().click()
    await page.waitForTimeout(1000)
    await page.screenshot({ path: `${screenshots}/mail-changes-requested.png`, fullPage: true })
  }
  await context.close()
})

test('"Forgot password?" mails a reset link that sets a new password', async ({ page }) => {
  test.setTimeout(90_000)
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const email = `reset-${Date.now()}@example.org`
  const created = await cms.call('admin@example.com', 'POST', '/users', { email, name: 'Reset Tester', roles: ['editor'], password: 'the-first-long-password' })
  expect(created.status).toBe(201)

  await page.goto(`${e2e.cmsUrl()}/admin/login`)
  await page.getByRole('link', { name: /forgot password/i }).click()
  // The login form has an Email field too: wait for the forgot-password form itself.
  await expect(page.getByRole('heading', { name: 'Forgot Password' })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByRole('heading', { name: 'Email Sent' })).toBeVisible()

  const [reset] = await mailbox(e2e.mailUrl()).waitFor((mail) => addresses(mail).includes(email))
  expect(reset!.subject).toBe('Reset your password for the Ketamine Therapy Guide CMS')
  const link = linkIn(reset!, `${e2e.cmsUrl()}/admin/reset/`)
  expect(reset!.html).toContain(`href="${link}"`)

  // Payload's form posts natively to the API when clicked before it has hydrated (the page then shows
  // the API's JSON and the token is spent), so wait for the admin's scripts to settle first, and click
  // again only while the form itself is still there.
  await page.goto(link, { waitUntil: 'networkidle' })
  const resetButton = page.getByRole('button', { name: /reset password/i })
  await expect(async () => {
    if (page.url().includes('/admin/reset/') && (await resetButton.isVisible())) {
      await page.getByLabel('New Password').fill('a-brand-new-long-password')
      await page.getByLabel('Confirm Password').fill('a-brand-new-long-password')
      await resetButton.click()
    }
    await expect(page).not.toHaveURL(/\/admin\/reset\//, { timeout: 5_000 })
  }).toPass({ timeout: 45_000 })
  // The reset signs the account in and opens the dashboard.
  await expect(page.getByRole('link', { name: /Conditions/ }).first()).toBeVisible({ timeout: 20_000 })

  const login = await fetch(`${e2e.cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a-brand-new-long-password' }),
  })
  expect(login.status).toBe(200)
})
