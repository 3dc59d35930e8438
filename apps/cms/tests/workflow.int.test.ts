import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { combinedStatus, offeredActions, type WorkflowView } from '../src/workflow/actions'
import type { WorkflowStatus } from '../src/workflow/rules'
import { expectFieldError } from './support/errors'
import { paragraph, richText } from './support/lexical'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { as, createTestUsers, type TestUsers } from './support/users'

let payload: Payload
let users: TestUsers
let disclaimerId: number

beforeAll(async () => {
  payload = await getTestPayload()
})

beforeEach(async () => {
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  users = await createTestUsers(payload)
  const disclaimer = await publishThroughWorkflow(
    payload,
    'disclaimers',
    { title: 'Medical disclaimer', body: 'Education only, not medical advice.', kind: 'medical-advice', required: true, scope: 'all' },
    { editor: users.editor, reviewer: users.reviewer },
  )
  disclaimerId = disclaimer.id
})

const draftCondition = (name: string, by = users.editor) =>
  payload.create({ collection: 'conditions', data: conditionData({ name, _status: 'draft' }), draft: true, depth: 0, ...as(by) })

const setStatus = (id: number, workflowStatus: 'draft' | 'in-review' | 'approved', by = users.reviewer, note?: string) =>
  payload.update({ collection: 'conditions', id, data: { workflowStatus, workflowNote: note }, draft: true, depth: 0, ...as(by) })

const publish = (id: number, by = users.editor) =>
  payload.update({ collection: 'conditions', id, data: { _status: 'published' }, depth: 0, ...as(by) })

describe('editorial workflow', () => {
  it('goes draft → in review → approved → published and records every step', async () => {
    const draft = await draftCondition('Bipolar depression')
    expect(draft.workflowStatus).toBe('draft')
    expect(draft.disclaimers).toEqual([disclaimerId])

    await setStatus(draft.id, 'in-review', users.editor)
    await setStatus(draft.id, 'approved', users.reviewer, 'Checked against the 2012 trial.')
    const published = await publish(draft.id)

    expect(published._status).toBe('published')
    expect(published.workflowStatus).toBe('published')
    expect(published.reviewer).toBe(users.reviewer.id)
    expect(published.reviewedBy).toBe('Test Reviewer')
    expect(published.lastReviewed).toBeTruthy()
    expect(published.nextReviewDue).toBeTruthy()
    const steps = published.workflowHistory!.map((entry) => [entry.from ?? null, entry.to, entry.by])
    expect(steps).toEqual([
      [null, 'draft', users.editor.id],
      ['draft', 'in-review', users.editor.id],
      ['in-review', 'approved', users.reviewer.id],
      ['approved', 'published', users.editor.id],
    ])
    expect(published.workflowHistory![2]!.note).toBe('Checked against the 2012 trial.')

    const anonymous = await payload.find({ collection: 'conditions', overrideAccess: false })
    expect(anonymous.docs.map((doc) => doc.id)).toEqual([draft.id])
  })

  it('refuses to publish unapproved content and names every rule that failed', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        title: 'Unreviewed',
        slug: 'unreviewed',
        summary: 'Not reviewed.',
        audience: 'patients',
        body: richText(paragraph('Text.')),
        disclaimers: [],
        _status: 'draft',
      },
      draft: true,
      ...as(users.editor),
    })
    const attempt = payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...as(users.editor) })
    const error = await attempt.catch((caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
    const byPath = Object.fromEntries((error as { data: { errors: { path: string; message: string }[] } }).data.errors.map((e) => [e.path, e.message]))
    expect(byPath.workflowStatus).toMatch(/a reviewer must approve it first/)
    expect(byPath.reviewer).toMatch(/clinical reviewer must be named/)
    expect(byPath.lastReviewed).toMatch(/last-reviewed date/)
    expect(byPath.disclaimers).toMatch(/at least one disclaimer/)
    expect(byPath.citations).toMatch(/must cite at least one source/)
    expect((await payload.count({ collection: 'articles', overrideAccess: false })).totalDocs).toBe(0)
  })

  it('does not require a citation for clinician articles', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'For clinicians', slug: 'for-clinicians', summary: 'Brief.', audience: 'clinicians', body: richText(paragraph('Text.')), workflowStatus: 'in-review' },
      draft: true,
      ...as(users.editor),
    })
    await payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'approved' }, draft: true, ...as(users.reviewer) })
    const published = await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, ...as(users.editor) })
    expect(published._status).toBe('published')
  })

  it('lets only a reviewer approve', async () => {
    const draft = await draftCondition('PTSD')
    await setStatus(draft.id, 'in-review', users.editor)
    await expectFieldError(setStatus(draft.id, 'approved', users.editor), 'workflowStatus', /only a clinical reviewer can approve/)
    await expectFieldError(setStatus(draft.id, 'approved', users.admin), 'workflowStatus', /only a clinical reviewer can approve/)
  })

  it('never lets reviewers approve their own work (four eyes)', async () => {
    const own = await draftCondition('OCD', users.secondReviewer)
    await setStatus(own.id, 'in-review', users.secondReviewer)
    await expectFieldError(setStatus(own.id, 'approved', users.secondReviewer), 'workflowStatus', /cannot approve your own work/)
    const approved = await setStatus(own.id, 'approved', users.reviewer)
    expect(approved.workflowStatus).toBe('approved')
  })

  it('does not let a reviewer approve content they just edited', async () => {
    const draft = await draftCondition('Chronic pain')
    await setStatus(draft.id, 'in-review', users.editor)
    await payload.update({ collection: 'conditions', id: draft.id, data: { summary: 'Edited by the reviewer.' }, draft: true, ...as(users.reviewer) })
    await expectFieldError(setStatus(draft.id, 'approved', users.reviewer), 'workflowStatus', /cannot approve your own work/)
  })

  it('refuses to skip review', async () => {
    const draft = await draftCondition('Eating disorders')
    await expectFieldError(setStatus(draft.id, 'approved', users.reviewer), 'workflowStatus', /only content in review can be approved/)
    await expectFieldError(publish(draft.id), 'workflowStatus', /a reviewer must approve it first/)
  })

  it('sends approved content back to review when it is edited, and refuses to publish it', async () => {
    const draft = await draftCondition('Anxiety disorders')
    await setStatus(draft.id, 'in-review', users.editor)
    await setStatus(draft.id, 'approved', users.reviewer)
    const edited = await payload.update({
      collection: 'conditions',
      id: draft.id,
      data: { summary: 'A changed summary after approval.' },
      draft: true,
      ...as(users.editor),
    })
    expect(edited.workflowStatus).toBe('in-review')
    await expectFieldError(publish(draft.id), 'workflowStatus', /a reviewer must approve it first/)
  })

  it('keeps the published version live while an edit waits for review', async () => {
    const published = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Alcohol use disorder' }), {
      editor: users.editor,
      reviewer: users.reviewer,
    })
    const edit = await payload.update({
      collection: 'conditions',
      id: published.id,
      data: { summary: 'Unreviewed new wording.' },
      draft: true,
      ...as(users.editor),
    })
    expect(edit.workflowStatus).toBe('draft')
    const anonymous = await payload.findByID({ collection: 'conditions', id: published.id, overrideAccess: false })
    expect(anonymous.summary).toBe(published.summary)
    const live = await payload.findByID({ collection: 'conditions', id: published.id, draft: false })
    expect(live.workflowStatus).toBe('published')
  })

  it('keeps the last disclaimer', async () => {
    const draft = await draftCondition('Other substance use disorders')
    await expectFieldError(
      payload.update({ collection: 'conditions', id: draft.id, data: { disclaimers: [] }, draft: true, ...as(users.editor) }),
      'disclaimers',
      /last disclaimer cannot be removed/,
    )
  })

  it('refuses to delete a required disclaimer that pages use', async () => {
    await draftCondition('Treatment-resistant depression')
    await expect(payload.delete({ collection: 'disclaimers', id: disclaimerId, ...as(users.editor) })).rejects.toThrow(
      /required disclaimer used by 0 article\(s\) and 1 condition\(s\)/,
    )
    expect((await payload.count({ collection: 'disclaimers' })).totalDocs).toBe(1)
  })

  it('flags content past its review date', async () => {
    const doc = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Overdue' }), { editor: users.editor, reviewer: users.reviewer })
    expect(doc.reviewOverdue).toBe(false)
    // The date passes (set below the API: nobody can write it through one); the nightly job flags it.
    await payload.db.updateOne({ collection: 'conditions', id: doc.id, data: { nextReviewDue: '2020-01-01T00:00:00.000Z' } })
    await payload.jobs.queue({ task: 'flagOverdueReviews', input: {} })
    await payload.jobs.run()
    const overdue = await payload.find({ collection: 'conditions', where: { reviewOverdue: { equals: true } } })
    expect(overdue.docs.map((d) => d.id)).toEqual([doc.id])
  })

  it('ignores review data sent by a client, whoever sends it', async () => {
    const draft = await draftCondition('Forged review')
    const forged = { reviewer: users.reviewer.id, reviewedBy: 'Forged Name', lastReviewed: '2019-07-12T00:00:00.000Z', nextReviewDue: '2035-01-01T00:00:00.000Z' }
    for (const by of [users.editor, users.admin]) {
      const saved = await payload.update({ collection: 'conditions', id: draft.id, data: forged, draft: true, ...as(by) })
      expect([saved.reviewer ?? null, saved.reviewedBy ?? null, saved.lastReviewed ?? null, saved.nextReviewDue ?? null]).toEqual([null, null, null, null])
    }
    const system = await payload.update({ collection: 'conditions', id: draft.id, data: forged, draft: true, overrideAccess: true })
    expect(system.reviewedBy ?? null).toBeNull()
  })
})

describe('stable links', () => {
  it('records a redirect when a published slug changes, without chains', async () => {
    const actors = { editor: users.editor, reviewer: users.reviewer }
    const condition = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'PTSD', slug: 'ptsd' }), actors)

    const rename = async (slug: string) => {
      await payload.update({ collection: 'conditions', id: condition.id, data: { slug, workflowStatus: 'in-review' }, draft: true, ...as(users.editor) })
      await setStatus(condition.id, 'approved', users.reviewer)
      return publish(condition.id)
    }
    await rename('post-traumatic-stress-disorder')
    await rename('ptsd-and-trauma')

    const redirects = await payload.find({ collection: 'redirects', sort: 'from', overrideAccess: false })
    expect(redirects.docs.map((r) => [r.from, r.to])).toEqual([
      ['/conditions/post-traumatic-stress-disorder', '/conditions/ptsd-and-trauma'],
      ['/conditions/ptsd', '/conditions/ptsd-and-trauma'],
    ])
  })

  it('does not record a redirect for draft renames', async () => {
    const draft = await draftCondition('Draft only')
    await payload.update({ collection: 'conditions', id: draft.id, data: { slug: 'renamed-draft' }, draft: true, ...as(users.editor) })
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(0)
  })
})

describe('scheduled publishing', () => {
  const schedule = (id: number, user = users.editor) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'conditions', value: id }, user: { relationTo: 'users', value: user.id } },
      waitUntil: new Date(Date.now() - 1000),
    })

  it('publishes approved content when its time comes', async () => {
    const draft = await draftCondition('Scheduled')
    await setStatus(draft.id, 'in-review', users.editor)
    await setStatus(draft.id, 'approved', users.reviewer)
    await schedule(draft.id)
    await payload.jobs.run()
    const doc = await payload.findByID({ collection: 'conditions', id: draft.id, draft: false })
    expect(doc._status).toBe('published')
    expect(doc.workflowStatus).toBe('published')
  })

  it('does not publish unapproved content on schedule', async () => {
    const draft = await draftCondition('Scheduled too early')
    await schedule(draft.id)
    await payload.jobs.run()
    await expect(payload.findByID({ collection: 'conditions', id: draft.id, overrideAccess: false })).rejects.toThrow(/not found/i)
  })
})

describe('steps offered in the document header', () => {
  const view = (workflowStatus: WorkflowStatus, extra: Partial<WorkflowView> = {}): WorkflowView => ({
    workflowStatus,
    hasPublishedVersion: false,
    lastHistoryEntry: null,
    authors: [],
    ...extra,
  })
  const offered = (user: { id: number; roles: ('admin' | 'editor' | 'reviewer')[] }, v: WorkflowView) =>
    offeredActions(user, v).map(({ action, enabled }) => `${action}${enabled ? '' : ' (disabled)'}`)

  it('offers each role only the steps it may take, four eyes included', () => {
    const editor = { id: 1, roles: ['editor' as const] }
    const reviewer = { id: 2, roles: ['reviewer' as const] }
    expect(offered(editor, view('draft'))).toEqual(['send-for-review'])
    expect(offered(editor, view('in-review'))).toEqual(['withdraw'])
    expect(offered(reviewer, view('in-review', { authors: [1] }))).toEqual(['approve', 'request-changes'])
    expect(offered(reviewer, view('in-review', { authors: [{ id: 2 }] }))).toEqual(['approve (disabled)', 'request-changes (disabled)', 'withdraw'])
    expect(offered(editor, view('approved'))).toEqual([])
    expect(offeredActions(null, view('draft'))).toEqual([])
  })

  it('names one combined status, sent-back drafts and pending changes included', () => {
    expect(combinedStatus(view('draft'))).toBe('draft')
    expect(combinedStatus(view('draft', { changesRequested: true, lastHistoryEntry: { from: 'in-review', to: 'draft', note: 'Cite the trial.' } }))).toBe(
      'changes-requested',
    )
    // An editor withdrawing their own submission is a plain draft, as in the lists.
    expect(combinedStatus(view('draft', { changesRequested: false, lastHistoryEntry: { from: 'in-review', to: 'draft' } }))).toBe('draft')
    expect(combinedStatus(view('in-review', { hasPublishedVersion: true }))).toBe('published-pending')
    expect(combinedStatus(view('published', { hasPublishedVersion: true }))).toBe('published')
  })

  it('needs a note when a reviewer sends work back', async () => {
    const draft = await draftCondition('Sent back')
    await setStatus(draft.id, 'in-review', users.editor)
    await expectFieldError(setStatus(draft.id, 'draft', users.reviewer), 'workflowNote', /note is required/)
    const sentBack = await setStatus(draft.id, 'draft', users.reviewer, 'Cite the 2012 trial.')
    expect(sentBack.workflowHistory!.at(-1)).toMatchObject({ from: 'in-review', to: 'draft', note: 'Cite the 2012 trial.' })
    // The editor may withdraw their own submission without one.
    await setStatus(draft.id, 'in-review', users.editor)
    expect((await setStatus(draft.id, 'draft', users.editor)).workflowStatus).toBe('draft')
  })
})
