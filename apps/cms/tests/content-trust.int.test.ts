/**
 * What goes live is exactly what a reviewer approved. For every field of every reviewed collection,
 * read from the Payload config itself (a field added later is covered without touching this file), an
 * editor and a reviewer try to change it through the Local API with their access, REST and GraphQL,
 * with and without `draft`, with and without `_status`; the live version must stay byte for byte the
 * same until a reviewer approves exactly that content.
 */
import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { graphql, rest, signIn } from './support/http'
import { paragraph, richText } from './support/lexical'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { as, createRequiredDisclaimer, createTestUsers, type TestUsers } from './support/users'

type Reviewed = Extract<CollectionSlug, 'articles' | 'conditions' | 'contraindications' | 'citations' | 'disclaimers'>
type Actor = 'editor' | 'reviewer'

let payload: Payload
let users: TestUsers
const tokens: Partial<Record<Actor, string>> = {}
const actors = () => ({ editor: users.editor, reviewer: users.reviewer })

/** Collections under review: those the workflow added its status field to. */
const reviewedCollections = (p: Payload): Reviewed[] =>
  Object.values(p.collections)
    .filter(({ config }) => config.flattenedFields.some((field) => field.name === 'workflowStatus'))
    .map(({ config }) => config.slug as Reviewed)

let counter = 0
/** Valid content for a new document; a collection added to the workflow needs a line here. */
function newDoc(collection: Reviewed, citationId?: number): Record<string, unknown> {
  const n = `${collection}-${++counter}`
  switch (collection) {
    case 'articles':
      return { title: n, slug: n, summary: 'Trust test.', audience: 'patients', body: richText(paragraph('Text.')), citations: [citationId] }
    case 'conditions':
      return conditionData({ name: n })
    case 'contraindications':
      return { name: n, slug: n, kind: 'relative', patientExplanation: 'Trust test.' }
    case 'citations':
      return { type: 'web-page', title: n, url: `https://example.org/${n}` }
    case 'disclaimers':
      return { title: n, body: 'Trust test.', kind: 'medical-advice', required: false, scope: 'all' }
  }
}

const FORGED_DATE = '2019-07-12T00:00:00.000Z'
const FAR_FUTURE = '2035-01-01T00:00:00.000Z'

/** A different, well-formed value for a field, of its type (an attacker's edit). */
function forgedValue(field: FlattenedField, current: unknown, ids: Record<string, number>): unknown {
  switch (field.name) {
    case 'slug':
      return `forged-${++counter}`
    case 'doi':
      return '10.1234/forged'
    case 'pmid':
      return '12345678'
    case 'url':
      return 'https://example.org/forged'
    case 'workflowStatus':
      return 'approved'
    case 'workflowHistory':
      return [{ from: 'in-review', to: 'approved', by: users.reviewer.id, at: FORGED_DATE, note: 'Forged.' }]
    case 'lastReviewed':
      return FORGED_DATE
    case 'nextReviewDue':
      return FAR_FUTURE
    case 'reviewedBy':
      return 'Forged Name, MD'
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return 'hasMany' in field && field.hasMany ? ['Forged'] : 'Forged value'
    case 'number':
      return field.hasMany ? [7] : typeof current === 'number' ? current + 1 : 7
    case 'date':
      return FORGED_DATE
    case 'checkbox':
      return !current
    case 'select':
    case 'radio': {
      const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      const other = values.find((value) => value !== current && !(Array.isArray(current) && current.includes(value))) ?? values[0]
      return 'hasMany' in field && field.hasMany ? [other] : other
    }
    case 'relationship':
    case 'upload': {
      const target = Array.isArray(field.relationTo) ? field.relationTo[0]! : field.relationTo
      const id = ids[target]
      if (id === undefined) return undefined
      return field.hasMany ? [id] : id
    }
    case 'richText':
      return richText(paragraph('Forged text.'))
    case 'json':
      return { forged: true }
    case 'group':
    case 'tab': {
      const first = field.flattenedFields.find((sub) => sub.type === 'text' || sub.type === 'textarea')
      return first ? { [first.name]: 'Forged' } : undefined
    }
    case 'array':
      return field.name === 'codes' ? [{ system: 'icd10cm', code: 'F33.9' }] : []
    default:
      return undefined
  }
}

/** The live document exactly as stored, every locale: what readers are served. */
const liveOf = async (collection: Reviewed, id: number) =>
  JSON.stringify(await payload.findByID({ collection, id, draft: false, locale: 'all', depth: 0, overrideAccess: true }))

/** Payload's GraphQL names: the singular of the slug (`articles` → `Article`). */
const graphQLNames = (collection: Reviewed) => {
  const type = collection[0]!.toUpperCase() + collection.slice(1).replace(/s$/, '')
  return { mutation: `update${type}`, input: `mutation${type}UpdateInput` }
}

/** Every way to write one field: each may be refused or accepted as a draft, never go live. */
function attempts(collection: Reviewed, id: number, actor: Actor, fieldData: Record<string, unknown>) {
  // Any shape, on purpose: the attacker is not bound by the generated types.
  const data = fieldData as never
  const withPublish = { ...fieldData, _status: 'published' } as never
  const user = as(users[actor])
  const token = tokens[actor]
  const { mutation, input } = graphQLNames(collection)
  const gql = (draft: boolean | undefined, body: Record<string, unknown>) =>
    graphql(token, `mutation($id: Int!, $data: ${input}!, $draft: Boolean) { ${mutation}(id: $id, data: $data, draft: $draft) { id } }`, {
      id,
      data: body,
      draft,
    })
  const publish = { _status: 'published' as const }
  return [
    ['local draft, then publish', () => payload.update({ collection, id, data, draft: true, ...user }).then(() => payload.update({ collection, id, data: publish, ...user }))],
    ['local with _status published', () => payload.update({ collection, id, data: withPublish, ...user })],
    ['local, no draft, no _status', () => payload.update({ collection, id, data, ...user })],
    ['local draft with _status published', () => payload.update({ collection, id, data: withPublish, draft: true, ...user })],
    ['REST draft, then publish', () => rest(token, 'PATCH', `/${collection}/${id}?draft=true`, data).then(() => rest(token, 'PATCH', `/${collection}/${id}`, publish))],
    ['REST with _status published', () => rest(token, 'PATCH', `/${collection}/${id}`, withPublish)],
    ['REST, no draft, no _status', () => rest(token, 'PATCH', `/${collection}/${id}`, data)],
    ['REST bulk update by where', () => rest(token, 'PATCH', `/${collection}?where[id][equals]=${id}`, withPublish)],
    ['GraphQL draft, then publish', () => gql(true, data).then(() => gql(false, publish))],
    ['GraphQL with _status published', () => gql(false, withPublish)],
    ['GraphQL, no draft, no _status', () => gql(undefined, data)],
  ] as const
}

beforeAll(async () => {
  payload = await getTestPayload()
})

beforeEach(async () => {
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'media', 'users')
  users = await createTestUsers(payload)
  await createRequiredDisclaimer(payload, users)
  tokens.editor = await signIn(users.editor.email)
  tokens.reviewer = await signIn(users.reviewer.email)
})

/** Published documents of every collection, for relations to point at. */
async function relationTargets(): Promise<Record<string, number>> {
  const image = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#ffffff' } }).png().toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'A plain square' },
    file: { data: image, mimetype: 'image/png', name: `square-${++counter}.png`, size: image.length },
  })
  const ids: Record<string, number> = { users: users.secondReviewer.id, media: media.id }
  // Citations first: patient articles must cite one.
  for (const collection of reviewedCollections(payload).sort((a) => (a === 'citations' ? -1 : 0))) {
    const citation = collection === 'articles' ? ids.citations : undefined
    ids[collection] = (await publishThroughWorkflow(payload, collection, newDoc(collection, citation) as never, actors())).id
  }
  return ids
}

describe('approval pins the content', () => {
  it('covers every reviewed collection', () => {
    expect(reviewedCollections(payload).sort()).toEqual(['articles', 'citations', 'conditions', 'contraindications', 'disclaimers'])
  })

  for (const actor of ['editor', 'reviewer'] as const) {
    it(`keeps the live version byte for byte while ${actor === 'editor' ? 'an editor' : 'a reviewer'} changes any field through any API`, async () => {
      const ids = await relationTargets()
      const tried: string[] = []
      for (const collection of reviewedCollections(payload)) {
        const doc = await publishThroughWorkflow(payload, collection, newDoc(collection, ids.citations) as never, actors())
        const live = await liveOf(collection, doc.id)
        // The GraphQL attempts are real: an empty draft save through the same mutation is accepted.
        const { mutation, input } = graphQLNames(collection)
        const noop = await graphql(tokens[actor], `mutation($id: Int!, $data: ${input}!) { ${mutation}(id: $id, data: $data, draft: true) { id } }`, {
          id: doc.id,
          data: {},
        })
        expect(noop.errors, JSON.stringify(noop.errors)).toBeUndefined()
        const fields = payload.collections[collection].config.flattenedFields.filter(
          (field) => field.name && !['id', '_status', 'createdAt', 'updatedAt', 'deletedAt'].includes(field.name),
        )
        for (const field of fields) {
          const current = (doc as unknown as Record<string, unknown>)[field.name]
          const value = forgedValue(field, current, ids)
          if (value === undefined) throw new Error(`No forged value for ${collection}.${field.name} (${field.type}): extend forgedValue`)
          for (const [how, attempt] of attempts(collection, doc.id, actor, { [field.name]: value })) {
            await attempt().catch(() => undefined)
            const after = await liveOf(collection, doc.id)
            expect(after, `${collection}.${field.name} via ${how} by the ${actor} changed the live version`).toBe(live)
            tried.push(`${collection}.${field.name}`)
          }
        }
      }
      expect(new Set(tried).size).toBeGreaterThan(60)
      console.info(`content trust: ${tried.length} attempts on ${new Set(tried).size} fields by the ${actor}, live versions unchanged`)
    }, 600_000)
  }

  it('publishes exactly what the reviewer approved, and nothing changed after the approval', async () => {
    const ids = await relationTargets()
    const doc = await publishThroughWorkflow(payload, 'articles', newDoc('articles', ids.citations) as never, actors())
    const live = await liveOf('articles', doc.id)
    const update = (data: Record<string, unknown>, by: keyof TestUsers, draft = true) =>
      payload.update({ collection: 'articles', id: doc.id, data, draft, depth: 0, ...as(users[by]) })

    await update({ summary: 'Reviewed wording.', workflowStatus: 'in-review' }, 'editor')
    const approved = await update({ workflowStatus: 'approved' }, 'reviewer')
    expect(approved.approvedFingerprint).toMatch(/^[0-9a-f]{64}$/)
    // A change after the approval, in any field, by anyone, sends it back to review.
    const edited = await update({ contraindications: [ids.contraindications] }, 'reviewer')
    expect(edited.workflowStatus).toBe('in-review')
    expect(edited.approvedFingerprint).toBeNull()
    await expect(update({ _status: 'published' }, 'editor', false)).rejects.toThrow()
    expect(await liveOf('articles', doc.id)).toBe(live)

    // The reviewer who edited cannot approve (four eyes); another does. The approval comes from the
    // approving account and the time of approval, whatever was sent with it.
    const reapproved = await update({ workflowStatus: 'approved', reviewedBy: 'Forged Name', lastReviewed: FORGED_DATE }, 'secondReviewer')
    expect(reapproved.reviewedBy).toBe('Second Reviewer')
    expect(reapproved.reviewer).toBe(users.secondReviewer.id)
    expect(Date.now() - new Date(reapproved.lastReviewed!).getTime()).toBeLessThan(60_000)
    const published = await update({ _status: 'published' }, 'editor', false)
    expect(published.summary).toBe('Reviewed wording.')
    expect(published.contraindications).toEqual([ids.contraindications])
    expect(published.publishedFingerprint).toBe(reapproved.approvedFingerprint)
  })

  it('lets the reviewer set the next review date within the policy, and no one else', async () => {
    const draft = await payload.create({ collection: 'conditions', data: conditionData({ name: 'Policy', _status: 'draft' }), draft: true, ...as(users.editor) })
    const send = () => payload.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'in-review' }, draft: true, ...as(users.editor) })
    await send()
    const inSixMonths = new Date(Date.now() + 182 * 86_400_000).toISOString()
    const tooLate = new Date(Date.now() + 800 * 86_400_000).toISOString()
    await expect(
      payload.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'approved', nextReviewDue: tooLate }, draft: true, ...as(users.reviewer) }),
    ).rejects.toThrow(/nextReviewDue/)
    const approved = await payload.update({
      collection: 'conditions',
      id: draft.id,
      data: { workflowStatus: 'approved', nextReviewDue: inSixMonths },
      draft: true,
      ...as(users.reviewer),
    })
    expect(approved.nextReviewDue).toBe(inSixMonths)
    // Without a date the policy's interval applies: 12 months unless the site settings say otherwise.
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewPolicy: { intervalMonths: 6 } }, ...as(users.admin) })
    const other = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Policy two' }), actors())
    const months = (new Date(other.nextReviewDue!).getTime() - new Date(other.lastReviewed!).getTime()) / (30.4 * 86_400_000)
    expect(Math.round(months)).toBe(6)
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewPolicy: { intervalMonths: 12 } }, ...as(users.admin) })
  })

  it('does not publish an earlier version again on restore, and restores it as a draft for review', async () => {
    const doc = await publishThroughWorkflow(payload, 'contraindications', newDoc('contraindications') as never, actors())
    await payload.update({ collection: 'contraindications', id: doc.id, data: { patientExplanation: 'Second wording.', workflowStatus: 'in-review' }, draft: true, ...as(users.editor) })
    await payload.update({ collection: 'contraindications', id: doc.id, data: { workflowStatus: 'approved' }, draft: true, ...as(users.reviewer) })
    await payload.update({ collection: 'contraindications', id: doc.id, data: { _status: 'published' }, ...as(users.editor) })
    const live = await liveOf('contraindications', doc.id)
    const { docs } = await payload.findVersions({ collection: 'contraindications', where: { parent: { equals: doc.id } }, sort: 'createdAt', limit: 100 })
    const first = docs.find((version) => version.version._status === 'published')!
    const restored = await rest(tokens.editor, 'POST', `/contraindications/versions/${first.id}`)
    expect(restored.status).toBeGreaterThanOrEqual(400)
    expect(await liveOf('contraindications', doc.id)).toBe(live)
    const asDraft = await rest(tokens.editor, 'POST', `/contraindications/versions/${first.id}?draft=true`)
    expect(asDraft.status, JSON.stringify(asDraft.json)).toBe(200)
    expect(await liveOf('contraindications', doc.id)).toBe(live)
    const latest = await payload.findByID({ collection: 'contraindications', id: doc.id, draft: true, depth: 0 })
    expect(latest.workflowStatus).toBe('draft')
    expect(latest.patientExplanation).toBe('Trust test.')
  })
})

describe('citations are reviewed', () => {
  it('keeps a published citation live as it was until its change is approved, and re-checks nothing else', async () => {
    const citation = await publishThroughWorkflow(payload, 'citations', newDoc('citations') as never, actors())
    const article = await publishThroughWorkflow(payload, 'articles', newDoc('articles', citation.id) as never, actors())
    const edited = await payload.update({ collection: 'citations', id: citation.id, data: { title: 'Edited title' }, draft: true, ...as(users.editor) })
    expect(edited.workflowStatus).toBe('draft')
    const anonymous = await payload.findByID({ collection: 'articles', id: article.id, depth: 1, overrideAccess: false })
    expect((anonymous.citations as { title: string }[])[0]!.title).toBe(citation.title)

    await payload.update({ collection: 'citations', id: citation.id, data: { workflowStatus: 'in-review' }, draft: true, ...as(users.editor) })
    await payload.update({ collection: 'citations', id: citation.id, data: { workflowStatus: 'approved' }, draft: true, ...as(users.reviewer) })
    await payload.update({ collection: 'citations', id: citation.id, data: { _status: 'published' }, ...as(users.editor) })
    const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 1, overrideAccess: false })
    expect((after.citations as { title: string }[])[0]!.title).toBe('Edited title')
    const staff = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(staff.workflowStatus).toBe('published')
  })
})

describe('audit log', () => {
  const entriesFor = async (targetCollection: string, targetId?: number) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: { and: [{ targetCollection: { equals: targetCollection } }, ...(targetId ? [{ targetId: { equals: String(targetId) } }] : [])] },
        sort: 'at',
        limit: 100,
        depth: 0,
      })
    ).docs

  it('records publish, unpublish, delete and restore with who, when and the fingerprints', async () => {
    const doc = await publishThroughWorkflow(payload, 'disclaimers', newDoc('disclaimers') as never, actors())
    const unpublished = await payload.update({ collection: 'disclaimers', id: doc.id, data: { _status: 'draft' }, ...as(users.editor) })
    expect(unpublished._status).toBe('draft')
    expect(unpublished.workflowStatus).toBe('draft')
    expect(unpublished.workflowHistory!.at(-1)!.note).toMatch(/Unpublished/)
    await payload.delete({ collection: 'disclaimers', id: doc.id, ...as(users.editor) })

    const entries = await entriesFor('disclaimers', doc.id)
    expect(entries.map((entry) => entry.action)).toEqual(['publish', 'unpublish', 'delete'])
    const [publish, unpublish, deletion] = entries
    expect(publish!.user).toBe(users.editor.id)
    expect(publish!.fingerprintBefore).toBeNull()
    expect(publish!.fingerprintAfter).toMatch(/^[0-9a-f]{64}$/)
    expect(unpublish!.fingerprintBefore).toBe(publish!.fingerprintAfter)
    expect(unpublish!.fingerprintAfter).toBeNull()
    expect(deletion!.userName).toContain(users.editor.email)
  })

  it('records role changes and settings changes, crisis lines included, before and after', async () => {
    await payload.update({ collection: 'users', id: users.editor.id, data: { roles: ['editor', 'reviewer'] }, ...as(users.admin) })
    const roles = await entriesFor('users', users.editor.id)
    expect(roles.at(-1)!.action).toBe('role-change')
    expect(roles.at(-1)!.details).toEqual({ before: ['editor'], after: ['editor', 'reviewer'] })

    const lines = [{ label: 'Changed line', contact: '112', href: 'tel:112' }]
    await payload.updateGlobal({ slug: 'site-settings', data: { crisisHelp: { text: 'Get help now.', lines } }, ...as(users.admin) })
    const settings = await entriesFor('site-settings')
    const last = settings.at(-1)!
    expect(last.action).toBe('settings-change')
    expect(last.summary).toMatch(/crisisHelp/)
    expect(JSON.stringify((last.details as { after: unknown }).after)).toContain('112')
    expect(last.fingerprintBefore).not.toBe(last.fingerprintAfter)
  })

  it('is readable by admins and reviewers only, and nobody can change or remove an entry', async () => {
    await publishThroughWorkflow(payload, 'disclaimers', newDoc('disclaimers') as never, actors())
    expect((await rest(tokens.reviewer, 'GET', '/audit-log')).status).toBe(200)
    expect((await rest(tokens.editor, 'GET', '/audit-log')).status).toBe(403)
    expect((await rest(undefined, 'GET', '/audit-log')).status).toBe(403)
    const { docs } = await payload.find({ collection: 'audit-log', limit: 1 })
    const entry = docs[0]!
    expect((await rest(tokens.reviewer, 'PATCH', `/audit-log/${entry.id}`, { summary: 'Rewritten' })).status).toBe(403)
    expect((await rest(tokens.reviewer, 'DELETE', `/audit-log/${entry.id}`)).status).toBe(403)
    expect((await rest(tokens.reviewer, 'POST', '/audit-log', { action: 'publish', summary: 'Invented', at: FORGED_DATE })).status).toBe(403)
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { summary: 'Rewritten' } })).rejects.toThrow(/append-only/)
    await expect(payload.delete({ collection: 'audit-log', id: entry.id })).rejects.toThrow(/append-only/)
    // Below the API too: the database refuses edits and deletes.
    const refusal = (statement: string) =>
      payload.db.drizzle.execute(statement).then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      )
    expect(await refusal(`UPDATE audit_log SET summary = 'x' WHERE id = ${entry.id}`)).toMatch(/append-only/)
    expect(await refusal(`DELETE FROM audit_log WHERE id = ${entry.id}`)).toMatch(/append-only/)
  })
})

describe('slug changes by a reviewer', () => {
  it('lets a reviewer publish an approved slug change; the redirect is recorded by the system for the reviewer', async () => {
    const doc = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Old name' }), actors())
    await payload.update({ collection: 'conditions', id: doc.id, data: { slug: 'new-name', workflowStatus: 'in-review' }, draft: true, ...as(users.editor) })
    await payload.update({ collection: 'conditions', id: doc.id, data: { workflowStatus: 'approved' }, draft: true, ...as(users.reviewer) })
    const published = await rest(tokens.reviewer, 'PATCH', `/conditions/${doc.id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const redirects = await payload.find({ collection: 'redirects', where: { from: { equals: '/conditions/old-name' } }, depth: 0 })
    expect(redirects.docs[0]!.to).toBe('/conditions/new-name')
    expect(redirects.docs[0]!.recordedFor).toBe(users.reviewer.id)
  })
})
