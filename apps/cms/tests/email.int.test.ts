/**
 * Who gets which mail at each step of the review workflow, the weekly digest and the password reset,
 * read from the real SMTP catcher the global setup started (see support/mail.ts).
 */
import type { CaughtMail } from '@kat/stack/mail-catcher'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { rest, signIn } from './support/http'
import { paragraph, richText } from './support/lexical'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { testMailbox } from './support/mail'
import { as, createRequiredDisclaimer, createTestUsers, type TestUsers } from './support/users'

let payload: Payload
let users: TestUsers
const mail = testMailbox()
const CMS = 'https://cms.test.example'
const previousPublicUrl = process.env.CMS_PUBLIC_URL

beforeAll(async () => {
  payload = await getTestPayload()
  // Links in mails use the CMS's public address (read when a mail is written).
  process.env.CMS_PUBLIC_URL = CMS
})

afterAll(() => {
  process.env.CMS_PUBLIC_URL = previousPublicUrl
})

beforeEach(async () => {
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  users = await createTestUsers(payload)
  await createRequiredDisclaimer(payload, users)
  await mail.clear()
})

const recipients = (mails: CaughtMail[]) => mails.flatMap((m) => m.to.map((to) => to.address)).sort()
const withSubject = (subject: string) => (m: CaughtMail) => m.subject === subject
/** Waits for `count` mails with this subject, then a moment more to catch any mail too many. */
async function mailsWithSubject(subject: string, count: number): Promise<CaughtMail[]> {
  await mail.waitFor(withSubject(subject), { count })
  await new Promise((resolve) => setTimeout(resolve, 300))
  return (await mail.all()).filter(withSubject(subject))
}

const article = (title: string, author = users.editor) =>
  payload.create({
    collection: 'articles',
    data: { title, slug: title.toLowerCase().replace(/\W+/g, '-'), summary: 'For clinicians.', audience: 'clinicians', body: richText(paragraph('Text.')), author: author.id },
    draft: true,
    depth: 0,
    ...as(users.editor),
  })

const step = (id: number, by: TestUsers[keyof TestUsers], data: Record<string, unknown>) =>
  payload.update({ collection: 'articles', id, data, draft: !('_status' in data), depth: 0, ...as(by) })

describe('workflow mail', () => {
  it('mails reviewers on submission, the author on changes requested (with the note), approval and publication', async () => {
    const { id } = await article('Dosing basics')
    const adminLink = `${CMS}/admin/collections/articles/${id}`

    await step(id, users.editor, { workflowStatus: 'in-review', workflowNote: 'Please check the dosing table.' })
    const submitted = await mailsWithSubject('Review requested: article “Dosing basics”', 2)
    // Every reviewer who may approve it; nobody else, and not the editor who sent it.
    expect(recipients(submitted)).toEqual(['reviewer2@test.local', 'reviewer@test.local'])
    expect(submitted[0]!.text).toContain('Test Editor sent the article “Dosing basics” for review.')
    expect(submitted[0]!.text).toContain('> Please check the dosing table.')
    expect(submitted[0]!.text).toContain(adminLink)
    expect(submitted[0]!.html).toContain(`href="${adminLink}"`)
    expect(submitted[0]!.html).toContain('<html lang="en">')
    expect(submitted[0]!.from).toEqual([expect.objectContaining({ address: 'cms@localhost', name: 'Ketamine Therapy Guide' })])

    await step(id, users.reviewer, { workflowStatus: 'draft', workflowNote: 'Cite the 2019 trial for the dose.' })
    const [changes, ...more] = await mailsWithSubject('Changes requested: article “Dosing basics”', 1)
    expect(more).toEqual([])
    expect(recipients([changes!])).toEqual(['editor@test.local'])
    // The note reaches the author in the body, never in the subject.
    expect(changes!.subject).not.toContain('2019')
    expect(changes!.text).toContain('Test Reviewer asked for changes to the article “Dosing basics”.')
    expect(changes!.text).toContain('> Cite the 2019 trial for the dose.')
    expect(changes!.html).toContain('<blockquote')

    await step(id, users.editor, { title: 'Dosing basics', summary: 'For clinicians, with the 2019 trial.' })
    await step(id, users.editor, { workflowStatus: 'in-review' })
    await mailsWithSubject('Review requested: article “Dosing basics”', 4)

    await step(id, users.reviewer, { workflowStatus: 'approved', workflowNote: 'Fine now.' })
    const [approved] = await mailsWithSubject('Approved: article “Dosing basics”', 1)
    expect(recipients([approved!])).toEqual(['editor@test.local'])
    expect(approved!.text).toMatch(/Next review due: \d{1,2} \w+ \d{4}\./)
    expect(approved!.text).toContain('> Fine now.')

    await step(id, users.reviewer, { _status: 'published' })
    const [published, ...again] = await mailsWithSubject('Published: article “Dosing basics”', 1)
    expect(again).toEqual([])
    expect(recipients([published!])).toEqual(['editor@test.local'])
    expect(published!.text).toContain('Test Reviewer published the article “Dosing basics”.')
    expect(published!.text).toContain(adminLink)

    // Seven mails in all: two submissions to two reviewers, then one each to the author.
    expect(await mail.all()).toHaveLength(7)
  })

  it('mails the author and the submitter when they differ, leaves the document’s own people out of review requests and nobody about their own action', async () => {
    // secondReviewer wrote it (and is a reviewer), the admin sends it: four eyes keep secondReviewer out.
    const { id } = await article('Four eyes', users.secondReviewer)
    await step(id, users.admin, { workflowStatus: 'in-review' })
    expect(recipients(await mailsWithSubject('Review requested: article “Four eyes”', 1))).toEqual(['reviewer@test.local'])

    await step(id, users.reviewer, { workflowStatus: 'approved' })
    expect(recipients(await mailsWithSubject('Approved: article “Four eyes”', 2))).toEqual(['admin@test.local', 'reviewer2@test.local'])

    // The author publishes it: nobody is told of what they did themselves.
    await step(id, users.secondReviewer, { _status: 'published' })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect((await mail.all()).filter(withSubject('Published: article “Four eyes”'))).toEqual([])
  })

  it('mails nobody for drafts, for a withdrawal by the submitter, or for the demo seed', async () => {
    const { id } = await article('Quiet')
    await step(id, users.editor, { summary: 'Edited.' })
    await step(id, users.editor, { workflowStatus: 'in-review' })
    await mailsWithSubject('Review requested: article “Quiet”', 2)
    // The editor takes it back: not a request for changes.
    await step(id, users.editor, { workflowStatus: 'draft' })
    await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Seeded condition' }), { editor: users.editor, reviewer: users.reviewer })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect((await mail.all()).map((m) => m.subject)).toEqual(['Review requested: article “Quiet”', 'Review requested: article “Quiet”'])
  })

  it('sends only after the transaction commits, and a failing mail server never fails the save', async () => {
    const { id } = await article('Transactions')
    const req = await createLocalReq({ user: { ...users.editor, collection: 'users' } }, payload)
    req.transactionID = (await payload.db.beginTransaction()) ?? undefined
    await payload.update({ collection: 'articles', id, data: { workflowStatus: 'in-review' }, draft: true, overrideAccess: false, req })
    await payload.db.rollbackTransaction(req.transactionID!)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await mail.all()).toEqual([])

    const commitReq = await createLocalReq({ user: { ...users.editor, collection: 'users' } }, payload)
    commitReq.transactionID = (await payload.db.beginTransaction()) ?? undefined
    await payload.update({ collection: 'articles', id, data: { workflowStatus: 'in-review' }, draft: true, overrideAccess: false, req: commitReq })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await mail.all()).toEqual([])
    await payload.db.commitTransaction(commitReq.transactionID!)
    expect(await mailsWithSubject('Review requested: article “Transactions”', 2)).toHaveLength(2)

    const send = payload.sendEmail
    const logError = payload.logger.error
    const logged: unknown[] = []
    payload.sendEmail = () => Promise.reject(new Error('SMTP server unreachable'))
    payload.logger.error = ((entry: unknown) => void logged.push(entry)) as typeof logError
    try {
      const approved = await step(id, users.reviewer, { workflowStatus: 'approved' })
      expect(approved.workflowStatus).toBe('approved')
      await expect.poll(() => logged.length).toBe(1)
      expect(JSON.stringify(logged[0])).toContain('Mail \\"Approved: article “Transactions”\\" to editor@test.local was not sent: SMTP server unreachable')
    } finally {
      payload.sendEmail = send
      payload.logger.error = logError
    }
  })
})

describe('weekly review digest', () => {
  const days = (n: number) => new Date(Date.now() + n * 24 * 60 * 60 * 1000).toISOString()

  it('mails each owner one list of their published documents overdue or due within 30 days', async () => {
    const editorsArticle = await publishThroughWorkflow(
      payload,
      'articles',
      { title: 'Overdue article', slug: 'overdue-article', summary: 'S.', audience: 'clinicians', body: richText(paragraph('Text.')), author: users.editor.id },
      users,
    )
    const editorsCondition = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Soon condition' }), users)
    const farCondition = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Far condition' }), users)
    // secondReviewer last edited this one (no author field): they own it.
    const othersCitation = await publishThroughWorkflow(
      payload,
      'citations',
      { type: 'web-page', title: 'Soon citation', url: 'https://example.org/soon' },
      { editor: users.secondReviewer, reviewer: users.reviewer },
    )
    const unpublished = await payload.create({ collection: 'conditions', data: conditionData({ name: 'Draft condition' }), draft: true, ...as(users.editor) })
    const setDue = (collection: 'articles' | 'conditions' | 'citations', id: number, date: string) =>
      payload.db.updateOne({ collection, id, data: { nextReviewDue: date } })
    await setDue('articles', editorsArticle.id, days(-3))
    await setDue('conditions', editorsCondition.id, days(10))
    await setDue('conditions', farCondition.id, days(90))
    await setDue('citations', othersCitation.id, days(20))
    await setDue('conditions', unpublished.id, days(-1))

    await payload.jobs.queue({ task: 'flagOverdueReviews', input: { digest: true }, queue: 'weekly' })
    await payload.jobs.run({ queue: 'weekly' })

    const editors = await mail.waitFor((m) => recipients([m]).includes('editor@test.local'))
    const others = await mail.waitFor((m) => recipients([m]).includes('reviewer2@test.local'))
    expect(editors).toHaveLength(1)
    expect(editors[0]!.subject).toBe('Reviews due: 1 overdue, 1 within 30 days')
    const text = editors[0]!.text!
    expect(text).toContain('Test Editor, 2 documents of yours need a clinical review soon.')
    expect(text).toMatch(new RegExp(`Overdue\\n\\n- Overdue article: ${CMS}/admin/collections/articles/${editorsArticle.id} \\(article, due \\d+ \\w+ \\d{4}\\)`))
    expect(text).toMatch(new RegExp(`Due within 30 days\\n\\n- Soon condition: ${CMS}/admin/collections/conditions/${editorsCondition.id} \\(condition, due`))
    expect(text).not.toContain('Far condition')
    expect(text).not.toContain('Draft condition')
    expect(others).toHaveLength(1)
    expect(others[0]!.subject).toBe('Reviews due: 1 within 30 days')
    expect(others[0]!.text).toContain('- Soon citation: ')
    expect(recipients(await mail.all())).toEqual(['editor@test.local', 'reviewer2@test.local'])
    // The weekly run refreshed the overdue flags first.
    expect((await payload.findByID({ collection: 'articles', id: editorsArticle.id, depth: 0 })).reviewOverdue).toBe(true)
  })

  it('is scheduled weekly on its own queue and asks the task for the digest', async () => {
    const task = payload.config.jobs.tasks!.find((t) => t.slug === 'flagOverdueReviews')!
    const weekly = task.schedule!.find((s) => s.queue === 'weekly')!
    expect(weekly.cron).toBe('0 6 * * 1')
    expect(payload.config.jobs.autoRun).toEqual(expect.arrayContaining([expect.objectContaining({ queue: 'weekly' })]))
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload.jobs.handleSchedules({ queue: 'weekly' })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'weekly' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.input).toEqual({ digest: true })
    // Next Monday, 06:00 server time.
    expect(new Date(docs[0]!.waitUntil!).getDay()).toBe(1)
    expect(new Date(docs[0]!.waitUntil!).getHours()).toBe(6)
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  })
})

describe('password reset', () => {
  it('mails a link to the admin reset page that sets a new password', async () => {
    const response = await rest(undefined, 'POST', '/users/forgot-password', { email: 'editor@test.local' })
    expect(response.status).toBe(200)
    const [reset] = await mail.waitFor((m) => recipients([m]).includes('editor@test.local'))
    expect(reset!.subject).toBe('Reset your password for the Ketamine Therapy Guide CMS')
    const link = new RegExp(`${CMS}/admin/reset/([0-9a-f]+)`).exec(reset!.text!)
    expect(link, reset!.text).not.toBeNull()
    expect(reset!.html).toContain(`href="${link![0]}"`)
    expect(reset!.text).toContain('It works once, for 60 minutes.')

    const done = await rest(undefined, 'POST', '/users/reset-password', { token: link![1], password: 'a-new-long-password' })
    expect(done.status).toBe(200)
    await expect(signIn('editor@test.local', 'a-new-long-password')).resolves.toBeTypeOf('string')
    // Nothing is mailed for an unknown address, and the answer does not tell.
    expect((await rest(undefined, 'POST', '/users/forgot-password', { email: 'nobody@test.local' })).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await mail.all()).toHaveLength(1)
  })
})
