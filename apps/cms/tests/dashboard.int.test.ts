/**
 * The role dashboard's views on a real database: who sees what (four eyes, changes requested of whom,
 * due and overdue reviews, hard reading, recent publishing), with counts that match the list each links
 * to (the link's query string read back by the REST API, which parses it like the admin's list view).
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '@kat/cms-types'
import { loadDashboard, type DashboardView } from '../src/dashboard/loadDashboard'
import { viewsFor, type ViewKey } from '../src/dashboard/views'
import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { rest, signIn } from './support/http'
import { paragraph, richText } from './support/lexical'
import { conditionData } from './support/payload'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()

const HARD_TEXT =
  'Subanesthetic intravenous ketamine administration demonstrates considerable antidepressant efficacy, notwithstanding heterogeneous methodological characteristics, pharmacokinetic variability and incompletely characterized neurobiological mechanisms underlying glutamatergic modulation.'

const article = (title: string, by: User, extra: Record<string, unknown> = {}) =>
  fresh.payload.create({
    collection: 'articles',
    data: { title, summary: `About ${title}.`, audience: 'patients', body: richText(paragraph('A short plain text for the test, in simple words that anyone can read with ease today.')), _status: 'draft', ...extra },
    draft: true,
    depth: 0,
    ...as(by),
  })

const condition = (name: string, by: User) =>
  fresh.payload.create({ collection: 'conditions', data: conditionData({ name, _status: 'draft' }), draft: true, depth: 0, ...as(by) })

const setStatus = (collection: 'articles' | 'conditions', id: number, workflowStatus: 'draft' | 'in-review' | 'approved', by: User, note?: string) =>
  fresh.payload.update({ collection, id, data: { workflowStatus, workflowNote: note }, draft: true, depth: 0, ...as(by) })

const dashboardOf = async (user: User, now?: Date) => loadDashboard(fresh.payload, { ...user, collection: 'users' } as never, now)

const view = (views: DashboardView[], key: ViewKey) => {
  const found = views.find((entry) => entry.key === key)
  if (!found) throw new Error(`no view ${key} in ${views.map((entry) => entry.key).join(', ')}`)
  return found
}

const countIn = (entry: DashboardView, collection: CollectionSlug) => entry.lists.find((list) => list.collection === collection)?.count

/** What the list a dashboard link opens shows: its query string read by the REST API as `user`, drafts included. */
async function listBehind(entry: DashboardView, collection: CollectionSlug, user: User) {
  const link = entry.lists.find((list) => list.collection === collection)
  if (!link) throw new Error(`no ${collection} list for ${entry.key}`)
  const [path, query] = link.url.split('?')
  expect(path).toBe(`/admin/collections/${collection}`)
  const { status, json } = await rest(await signIn(user.email), 'GET', `/${collection}?${query}&draft=true&depth=0&limit=100`)
  expect(status).toBe(200)
  return (json.docs as { id: number }[]).map((doc) => doc.id)
}

/** Moves a document's review date below the API (nobody can write it through one), live and latest version. */
async function setNextReviewDue(collection: 'articles' | 'conditions', id: number, date: Date) {
  const db = (fresh.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle
  await db.execute(sql`UPDATE ${sql.identifier(collection)} SET "next_review_due" = ${date.toISOString()}::timestamptz WHERE "id" = ${id}`)
  await db.execute(
    sql`UPDATE ${sql.identifier(`_${collection}_v`)} SET "version_next_review_due" = ${date.toISOString()}::timestamptz WHERE "parent_id" = ${id} AND "latest" = true`,
  )
}

const DAY = 24 * 60 * 60 * 1000

describe('role dashboard', () => {
  it('puts first what each role needs first', () => {
    expect(viewsFor(['reviewer'])[0]).toBe('awaitingYourReview')
    expect(viewsFor(['editor']).slice(0, 2)).toEqual(['changesRequested', 'yourDrafts'])
    expect(viewsFor(['admin'])[0]).toBe('overdue')
    expect(viewsFor(['editor'])).not.toContain('awaitingYourReview')
    // Someone who both writes and reviews gets both queues first, and the four-eyes queue instead of "In review".
    expect(viewsFor(['reviewer', 'editor']).slice(0, 3)).toEqual(['awaitingYourReview', 'changesRequested', 'yourDrafts'])
    expect(viewsFor(['reviewer', 'editor'])).not.toContain('inReview')
    expect(new Set(viewsFor(['admin', 'editor', 'reviewer'])).size).toBe(viewsFor(['admin', 'editor', 'reviewer']).length)
  })

  it('shows reviewers what awaits their review, never their own work (four eyes)', async () => {
    const byEditor = await article('Sent by the editor', fresh.users.editor, { workflowStatus: 'in-review' })
    // The second reviewer (also an editor) sends a condition: the first reviewer's to review, not theirs.
    const bySecond = await condition('Sent by the second reviewer', fresh.users.secondReviewer)
    await setStatus('conditions', bySecond.id, 'in-review', fresh.users.secondReviewer)
    // Edited by the first reviewer after someone else sent it: now theirs, so not theirs to approve.
    const editedByReviewer = await article('Edited by the reviewer', fresh.users.editor, { workflowStatus: 'in-review' })
    await fresh.payload.update({ collection: 'articles', id: editedByReviewer.id, data: { summary: 'Reviewer’s wording.' }, draft: true, ...as(fresh.users.reviewer) })

    const reviewer = view(await dashboardOf(fresh.users.reviewer), 'awaitingYourReview')
    expect(reviewer.total).toBe(2)
    expect(countIn(reviewer, 'articles')).toBe(1)
    expect(countIn(reviewer, 'conditions')).toBe(1)
    expect(reviewer.documents.map((doc) => doc.title).sort()).toEqual(['Sent by the editor', 'Sent by the second reviewer'])
    expect(reviewer.documents.find((doc) => doc.collection === 'articles')).toMatchObject({ id: byEditor.id, submittedBy: 'Test Editor' })
    expect(await listBehind(reviewer, 'articles', fresh.users.reviewer)).toEqual([byEditor.id])
    expect(await listBehind(reviewer, 'conditions', fresh.users.reviewer)).toEqual([bySecond.id])

    const second = view(await dashboardOf(fresh.users.secondReviewer), 'awaitingYourReview')
    expect(second.documents.map((doc) => doc.title).sort()).toEqual(['Edited by the reviewer', 'Sent by the editor'])
    expect(await listBehind(second, 'conditions', fresh.users.secondReviewer)).toEqual([])

    // Editors cannot approve: no review queue, but everything in review is listed for them.
    const editor = await dashboardOf(fresh.users.editor)
    expect(editor.map((entry) => entry.key)).not.toContain('awaitingYourReview')
    expect(view(editor, 'inReview').total).toBe(3)
  })

  it('shows the author the changes a reviewer requested, with the note, until they send it again', async () => {
    const sentBack = await article('Needs simpler words', fresh.users.editor, { workflowStatus: 'in-review' })
    await setStatus('articles', sentBack.id, 'draft', fresh.users.reviewer, 'Please explain “dissociation” in plain words.')
    // Taken back by the editor themself: a plain draft, no request.
    const withdrawn = await condition('Withdrawn by the editor', fresh.users.editor)
    await setStatus('conditions', withdrawn.id, 'in-review', fresh.users.editor)
    await setStatus('conditions', withdrawn.id, 'draft', fresh.users.editor)
    // Someone else's work sent back: not the editor's request.
    const others = await condition('Someone else’s', fresh.users.secondReviewer)
    await setStatus('conditions', others.id, 'in-review', fresh.users.secondReviewer)
    await setStatus('conditions', others.id, 'draft', fresh.users.reviewer, 'Not yours.')

    const editor = await dashboardOf(fresh.users.editor)
    const requested = view(editor, 'changesRequested')
    expect(requested.total).toBe(1)
    expect(requested.documents).toEqual([
      expect.objectContaining({
        id: sentBack.id,
        title: 'Needs simpler words',
        request: expect.objectContaining({ by: 'Test Reviewer', note: 'Please explain “dissociation” in plain words.' }),
      }),
    ])
    expect(await listBehind(requested, 'articles', fresh.users.editor)).toEqual([sentBack.id])
    // Every draft of theirs, sent back or not.
    expect(view(editor, 'yourDrafts').total).toBe(2)
    expect(await listBehind(view(editor, 'yourDrafts'), 'conditions', fresh.users.editor)).toEqual([withdrawn.id])

    // Fixed and sent again: no longer requested of them, back in the reviewer's queue.
    await fresh.payload.update({ collection: 'articles', id: sentBack.id, data: { summary: 'Simpler now.', workflowStatus: 'in-review' }, draft: true, ...as(fresh.users.editor) })
    expect(view(await dashboardOf(fresh.users.editor), 'changesRequested').total).toBe(0)
    expect(view(await dashboardOf(fresh.users.reviewer), 'awaitingYourReview').documents.map((doc) => doc.id)).toEqual([sentBack.id])
  })

  it('counts reviews due within 30 days and overdue ones, drafts of them included', async () => {
    const actors = { editor: fresh.users.editor, reviewer: fresh.users.reviewer }
    const now = new Date()
    const soon = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Due soon' }), actors)
    const overdue = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Overdue' }), actors)
    const later = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Due later' }), actors)
    // Overdue with an edit waiting for review: the list shows the draft, which must be counted too.
    await fresh.payload.update({ collection: 'conditions', id: overdue.id, data: { summary: 'An edit in progress.' }, draft: true, ...as(fresh.users.editor) })
    await setNextReviewDue('conditions', soon.id, new Date(now.getTime() + 10 * DAY))
    await setNextReviewDue('conditions', overdue.id, new Date(now.getTime() - 3 * DAY))
    await setNextReviewDue('conditions', later.id, new Date(now.getTime() + 90 * DAY))

    for (const user of [fresh.users.admin, fresh.users.editor, fresh.users.reviewer]) {
      const views = await dashboardOf(user, now)
      expect(view(views, 'dueSoon').documents.map((doc) => doc.title)).toEqual(['Due soon'])
      expect(view(views, 'overdue').documents.map((doc) => doc.title)).toEqual(['Overdue'])
      expect(await listBehind(view(views, 'dueSoon'), 'conditions', user)).toEqual([soon.id])
      expect(await listBehind(view(views, 'overdue'), 'conditions', user)).toEqual([overdue.id])
    }

  })

  it('lists patient articles above reading grade 8 and what was published recently', async () => {
    const hard = await article('Hard to read', fresh.users.editor, { body: richText(paragraph(HARD_TEXT)) })
    await article('For clinicians', fresh.users.editor, { audience: 'clinicians', body: richText(paragraph(HARD_TEXT)) })
    await article('Easy to read', fresh.users.editor)
    const published = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Just published' }), fresh.users)

    const views = await dashboardOf(fresh.users.editor)
    const grade = view(views, 'readingGrade')
    expect(grade.lists.map((list) => list.collection)).toEqual(['articles'])
    expect(grade.documents.map((doc) => doc.title)).toEqual(['Hard to read'])
    expect(grade.documents[0]!.readingGrade).toBeGreaterThan(8)
    expect(await listBehind(grade, 'articles', fresh.users.editor)).toEqual([hard.id])
    // Newest first; the required disclaimer of beforeEach was published too.
    const recent = view(views, 'recentlyPublished')
    expect(recent.documents.map((doc) => doc.title)).toEqual(['Just published', 'Medical disclaimer'])
    expect(await listBehind(recent, 'conditions', fresh.users.editor)).toEqual([published.id])
  })
})
