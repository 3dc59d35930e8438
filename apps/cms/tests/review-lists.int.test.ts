/**
 * What the admin's lists of reviewed content offer: the "changes requested" and review-date flags the
 * marks and saved views read (on the latest versions the lists show), the shared saved views with who
 * may change them, filter and column pickers without the server's bookkeeping, and one date format.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Field, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '@kat/cms-types'
import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { rest } from './support/http'
import { conditionData } from './support/payload'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()

const condition = (name: string, by: User) =>
  fresh.payload.create({ collection: 'conditions', data: conditionData({ name, _status: 'draft' }), draft: true, depth: 0, ...as(by) })

const setStatus = (id: number, workflowStatus: 'draft' | 'in-review', by: User, note?: string) =>
  fresh.payload.update({ collection: 'conditions', id, data: { workflowStatus, workflowNote: note }, draft: true, depth: 0, ...as(by) })

/** What a list shows for `where`: every document's latest version, read with the user's access. */
const listed = async (where: Where, user = fresh.users.reviewer) =>
  (await fresh.payload.find({ collection: 'conditions', where, draft: true, depth: 0, sort: 'id', ...as(user) })).docs.map((doc) => doc.id)

const sharedViews = async (collection: string, user = fresh.users.reviewer) =>
  (await fresh.payload.find({ collection: 'payload-query-presets', where: { relatedCollection: { equals: collection } }, sort: 'id', ...as(user) })).docs

/** The editor's condition, sent for review and sent back by the reviewer with a note. */
async function sentBackCondition() {
  const sentBack = await condition('Sent back', fresh.users.editor)
  await setStatus(sentBack.id, 'in-review', fresh.users.editor)
  await setStatus(sentBack.id, 'draft', fresh.users.reviewer, 'Cite the trial.')
  return sentBack
}

const DAY = 24 * 60 * 60 * 1000

describe('review flags', () => {
  it('mark a draft a reviewer sent back until its next status change, never a draft its editor took back', async () => {
    const sentBack = await sentBackCondition()
    const withdrawn = await condition('Withdrawn', fresh.users.editor)
    await setStatus(withdrawn.id, 'in-review', fresh.users.editor)
    await setStatus(withdrawn.id, 'draft', fresh.users.editor)
    expect(await listed({ changesRequested: { equals: true } })).toEqual([sentBack.id])
    // Edited while sent back: still waiting for the changes to be sent.
    await fresh.payload.update({ collection: 'conditions', id: sentBack.id, data: { summary: 'Now with the trial.' }, draft: true, ...as(fresh.users.editor) })
    expect(await listed({ changesRequested: { equals: true } })).toEqual([sentBack.id])
    await setStatus(sentBack.id, 'in-review', fresh.users.editor)
    expect(await listed({ changesRequested: { equals: true } })).toEqual([])
    // A client cannot set it.
    const forged = await fresh.payload.update({ collection: 'conditions', id: withdrawn.id, data: { changesRequested: true, reviewDueSoon: true }, draft: true, ...as(fresh.users.admin) })
    expect(forged).toMatchObject({ changesRequested: false, reviewDueSoon: false })
  })

  it('mark reviews due within 30 days and overdue ones, refreshed nightly on live documents and latest versions', async () => {
    const actors = { editor: fresh.users.editor, reviewer: fresh.users.reviewer }
    const soon = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Due soon' }), actors)
    const overdue = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Overdue' }), actors)
    const later = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Due later' }), actors)
    // An edit waiting for review: the list shows this draft, so it must carry the flag too.
    await fresh.payload.update({ collection: 'conditions', id: overdue.id, data: { summary: 'An edit in progress.' }, draft: true, ...as(fresh.users.editor) })
    // The dates pass below the API (nobody can write them through one), on the live row and the latest version.
    const db = (fresh.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle
    for (const [id, days] of [
      [soon.id, 10],
      [overdue.id, -3],
      [later.id, 90],
    ] as const) {
      const due = new Date(Date.now() + days * DAY).toISOString()
      await db.execute(sql`UPDATE "conditions" SET "next_review_due" = ${due}::timestamptz WHERE "id" = ${id}`)
      await db.execute(sql`UPDATE "_conditions_v" SET "version_next_review_due" = ${due}::timestamptz WHERE "parent_id" = ${id} AND "latest" = true`)
    }
    await fresh.payload.jobs.queue({ task: 'flagOverdueReviews', input: {} })
    await fresh.payload.jobs.run()
    for (const draft of [false, true]) {
      const flagged = async (flag: string) =>
        (await fresh.payload.find({ collection: 'conditions', where: { [flag]: { equals: true } }, draft, depth: 0 })).docs.map((doc) => doc.id)
      expect(await flagged('reviewOverdue')).toEqual([overdue.id])
      expect(await flagged('reviewDueSoon')).toEqual([soon.id])
    }
  })
})

describe('saved list views', () => {
  it('start with shared views on every reviewed collection; only admins change or remove them', async () => {
    const titles = (await sharedViews('articles')).map((preset) => preset.title)
    expect(titles).toEqual(['In review', 'Changes requested', 'Drafts', 'Overdue', 'Due for review in 30 days', 'Published', 'Reading grade above 8'])
    for (const collection of ['conditions', 'contraindications', 'citations', 'disclaimers']) {
      expect((await sharedViews(collection, fresh.users.editor)).map((preset) => preset.title)).toEqual(titles.slice(0, 6))
    }
    const inReview = (await sharedViews('conditions', fresh.users.editor)).find((preset) => preset.title === 'In review')!
    await expect(fresh.payload.update({ collection: 'payload-query-presets', id: inReview.id, data: { title: 'Mine now' }, ...as(fresh.users.editor) })).rejects.toThrow()
    await expect(fresh.payload.delete({ collection: 'payload-query-presets', id: inReview.id, ...as(fresh.users.reviewer) })).rejects.toThrow()
    const renamed = await fresh.payload.update({ collection: 'payload-query-presets', id: inReview.id, data: { title: 'Waiting for review' }, ...as(fresh.users.admin) })
    expect(renamed.title).toBe('Waiting for review')
    await fresh.payload.update({ collection: 'payload-query-presets', id: inReview.id, data: { title: 'In review' }, ...as(fresh.users.admin) })
    // Staff save their own; readers have none.
    const own = await fresh.payload.create({
      collection: 'payload-query-presets',
      data: { title: 'My conditions', relatedCollection: 'conditions', where: { or: [{ and: [{ lastEditedBy: { equals: fresh.users.editor.id } }] }] } },
      ...as(fresh.users.editor),
    })
    expect((await sharedViews('conditions', fresh.users.editor)).map((preset) => preset.id)).toContain(own.id)
    expect((await sharedViews('conditions', fresh.users.reviewer)).map((preset) => preset.id)).not.toContain(own.id)
    expect((await rest(undefined, 'GET', '/payload-query-presets')).status).toBe(403)
  })

  it('filter what their titles say', async () => {
    const sentBack = await sentBackCondition()
    const inReview = await condition('In review', fresh.users.editor)
    await setStatus(inReview.id, 'in-review', fresh.users.editor)
    const draft = await condition('Plain draft', fresh.users.editor)
    const shows = async (title: string) => listed((await sharedViews('conditions')).find((preset) => preset.title === title)!.where as Where)
    expect(await shows('Changes requested')).toEqual([sentBack.id])
    expect(await shows('In review')).toEqual([inReview.id])
    expect(await shows('Drafts')).toEqual([sentBack.id, draft.id])
  })
})

describe('list filters and columns', () => {
  /**
   * Fields a list's filter or column picker offers, as Payload's WhereBuilder (which looks at each leaf
   * field) and ColumnSelector (which drops a field with everything in it) pick them.
   */
  function offered(fields: Field[], key: 'disableListFilter' | 'disableListColumn', prefix = ''): string[] {
    return fields.flatMap((field): string[] => {
      const admin = (field.admin ?? {}) as { disabled?: boolean; disableListFilter?: boolean; disableListColumn?: boolean }
      const container = field.type === 'tabs' || ('fields' in field && Array.isArray(field.fields))
      if (field.type === 'ui' || admin.disabled || (admin[key] && (key === 'disableListColumn' || !container))) return []
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => offered(tab.fields, key, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
      if ('fields' in field && Array.isArray(field.fields)) {
        return offered(field.fields, key, 'name' in field && field.name ? `${prefix}${field.name}.` : prefix)
      }
      return 'name' in field ? [`${prefix}${field.name}`] : []
    })
  }

  it('offer reviewers meaningful fields only: no search text, fingerprints, history rows or import provenance', () => {
    const internal = /^(searchText|approvedFingerprint|publishedFingerprint|workflowNote|workflowHistory\.|importSource\.)/
    for (const collection of ['articles', 'conditions', 'contraindications', 'citations', 'disclaimers'] as const) {
      const { fields } = fresh.payload.collections[collection].config
      for (const key of ['disableListFilter', 'disableListColumn'] as const) {
        const shown = offered(fields, key)
        expect(shown.filter((name) => internal.test(name)), `${collection} ${key}`).toEqual([])
        expect(shown).toEqual(expect.arrayContaining(['workflowStatus', 'nextReviewDue', 'reviewOverdue', 'submittedBy', 'lastEditedBy']))
      }
      expect(offered(fields, 'disableListFilter')).toEqual(expect.arrayContaining(['changesRequested', 'reviewDueSoon']))
    }
  })

  it('show every date with its year, in one format', () => {
    expect(fresh.payload.config.admin.dateFormat).toBe('d MMM yyyy, HH:mm')
    const formats = new Set<string>()
    const walk = (fields: Field[]) => {
      for (const field of fields) {
        if (field.type === 'date' && field.admin?.date?.displayFormat) formats.add(field.admin.date.displayFormat)
        if (field.type === 'tabs') field.tabs.forEach((tab) => walk(tab.fields))
        else if ('fields' in field && Array.isArray(field.fields)) walk(field.fields)
      }
    }
    // Payload's own timestamps and collections use the admin's format above.
    for (const collection of Object.values(fresh.payload.collections)) walk(collection.config.fields)
    for (const global of fresh.payload.config.globals) walk(global.fields)
    expect([...formats].sort()).toEqual(['d MMM yyyy', 'd MMM yyyy, HH:mm'])
  })
})
