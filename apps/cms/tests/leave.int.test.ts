import { beforeEach, describe, expect, it } from 'vitest'

import { rest, signIn } from './support/http'
import { paragraph, richText } from './support/lexical'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()

beforeEach(async () => {
  await fresh.payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } }, overrideAccess: true })
})

/** What opening "Create New" does when autosave is on: an empty draft, at once. */
const openCreateNew = (by = fresh.users.editor) => fresh.payload.create({ collection: 'articles', data: {}, draft: true, depth: 0, ...as(by) })

const draftArticle = (title: string) =>
  fresh.payload.create({
    collection: 'articles',
    data: { title, summary: 'Lock test.', audience: 'patients', body: richText(paragraph('Text.')) },
    draft: true,
    ...as(fresh.users.editor),
  })

const leave = (token: string | undefined, id: number) => rest(token, 'POST', `/articles/${id}/leave`)

const lock = (id: number, userId: number) =>
  fresh.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: userId } },
    overrideAccess: true,
  })

const locksOf = async (id: number) =>
  (await fresh.payload.find({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } }, depth: 0, overrideAccess: true })).docs

describe('leaving a document', () => {
  it('discards the empty draft "Create New" made when nothing was saved into it, without an audit entry', async () => {
    const draft = await openCreateNew()
    expect(draft.author).toBe(fresh.users.editor.id)
    const { status, json } = await leave(await signIn(fresh.users.editor.email), draft.id)
    expect(status).toBe(200)
    expect(json).toEqual({ released: true, discarded: true })
    expect(await fresh.payload.findByID({ collection: 'articles', id: draft.id, disableErrors: true, draft: true })).toBeNull()
    const audit = await fresh.payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'articles' } }, { targetId: { equals: draft.id } }] }, overrideAccess: true })
    expect(audit.totalDocs).toBe(0)
  })

  it('keeps a new draft once anything was saved into it, and never discards someone else’s', async () => {
    const typed = await openCreateNew()
    await fresh.payload.update({ collection: 'articles', id: typed.id, data: { title: 'Half a title' }, draft: true, autosave: true, ...as(fresh.users.editor) })
    expect((await leave(await signIn(fresh.users.editor.email), typed.id)).json.discarded).toBe(false)
    expect((await fresh.payload.findByID({ collection: 'articles', id: typed.id, draft: true })).title).toBe('Half a title')

    const others = await openCreateNew()
    expect((await leave(await signIn(fresh.users.reviewer.email), others.id)).json.discarded).toBe(false)
    expect(await fresh.payload.findByID({ collection: 'articles', id: others.id, draft: true, disableErrors: true })).not.toBeNull()
  })

  it('releases only the caller’s own edit lock; readers cannot call it', async () => {
    const draft = await draftArticle('Locked')
    await lock(draft.id, fresh.users.editor.id)
    await leave(await signIn(fresh.users.reviewer.email), draft.id)
    expect(await locksOf(draft.id)).toHaveLength(1)
    await leave(await signIn(fresh.users.editor.email), draft.id)
    expect(await locksOf(draft.id)).toHaveLength(0)
    expect((await leave(undefined, draft.id)).status).toBe(401)
    expect((await leave(await signIn(fresh.users.editor.email), 0)).status).toBe(200)
  })

  it('drops the author’s lock when the document is sent for review', async () => {
    const draft = await draftArticle('For review')
    await lock(draft.id, fresh.users.editor.id)
    await fresh.payload.update({ collection: 'articles', id: draft.id, data: { workflowStatus: 'in-review' }, draft: true, ...as(fresh.users.editor) })
    expect(await locksOf(draft.id)).toHaveLength(0)
  })
})
