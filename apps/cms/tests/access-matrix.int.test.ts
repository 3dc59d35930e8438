/**
 * The access matrix over the real HTTP handlers (REST and GraphQL, as the Next routes serve them):
 * role × collection × operation, anonymous included.
 */
import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { paragraph, richText } from './support/lexical'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { createRequiredDisclaimer, createTestUsers, type TestUsers } from './support/users'

type Role = 'anonymous' | 'editor' | 'reviewer' | 'admin'
const ROLES: Role[] = ['anonymous', 'editor', 'reviewer', 'admin']
const CONTENT = ['articles', 'conditions', 'contraindications', 'citations', 'disclaimers'] as const
type Content = (typeof CONTENT)[number]

let payload: Payload
let users: TestUsers
const tokens: Partial<Record<Role, string>> = {}
const published: Partial<Record<Content, number>> = {}
const drafts: Partial<Record<Content, number>> = {}
/** Published documents that exist besides the one made per collection (the required disclaimer). */
const alsoPublished: Partial<Record<Content, number[]>> = {}
const publishedIds = (collection: Content) => [...(alsoPublished[collection] ?? []), published[collection]!].sort()

async function api(role: Role, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders }
  if (tokens[role]) headers.authorization = `JWT ${tokens[role]}`
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined }),
  })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

async function graphql(role: Role, query: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (tokens[role]) headers.authorization = `JWT ${tokens[role]}`
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  return (await response.json()) as { data?: Record<string, { docs: { id: number }[] } | null>; errors?: unknown[] }
}

let counter = 0
function newDoc(collection: Content): Record<string, unknown> {
  const n = `${collection}-${++counter}`
  switch (collection) {
    case 'articles':
      return { title: n, slug: n, summary: 'Matrix test.', audience: 'clinicians', body: richText(paragraph('Text.')) }
    case 'conditions':
      return conditionData({ name: n })
    case 'contraindications':
      return { name: n, slug: n, kind: 'relative', patientExplanation: 'Matrix test.' }
    case 'citations':
      return { type: 'web-page', title: n, url: 'https://example.org/' + n }
    case 'disclaimers':
      return { title: n, body: 'Matrix test.', kind: 'medical-advice', required: false, scope: 'all' }
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  users = await createTestUsers(payload)
  alsoPublished.disclaimers = [(await createRequiredDisclaimer(payload, users)).id]
  for (const role of ['editor', 'reviewer', 'admin'] as const) {
    const { json } = await api('anonymous', 'POST', '/users/login', { email: users[role].email, password: 'a-long-test-password' })
    tokens[role] = json.token as string
  }
  for (const collection of CONTENT) {
    published[collection] = (await publishThroughWorkflow(payload, collection, newDoc(collection) as never, users)).id
    drafts[collection] = (await payload.create({ collection, data: { ...newDoc(collection), _status: 'draft' } as never, draft: true })).id
  }
  await payload.create({ collection: 'redirects', data: { from: '/conditions/old', to: '/conditions/new' } })
}, 120_000)

describe.each(CONTENT)('%s', (collection) => {
  it('anonymous readers see published documents only: REST list, find by id, versions, GraphQL', async () => {
    for (const query of ['', '?draft=true', '?where[_status][equals]=draft']) {
      const { status, json } = await api('anonymous', 'GET', `/${collection}${query}`)
      expect(status).toBe(200)
      const ids = (json.docs as { id: number }[]).map((doc) => doc.id).sort()
      expect(ids, query).toEqual(query.includes('equals]=draft') ? [] : publishedIds(collection))
    }
    expect((await api('anonymous', 'GET', `/${collection}/${drafts[collection]}`)).status).toBe(404)
    expect((await api('anonymous', 'GET', `/${collection}/${drafts[collection]}?draft=true`)).status).toBe(404)
    expect((await api('anonymous', 'GET', `/${collection}/${published[collection]}`)).status).toBe(200)
    expect((await api('anonymous', 'GET', `/${collection}/versions`)).status).toBe(403)

    const typeName = collection[0]!.toUpperCase() + collection.slice(1)
    const result = await graphql('anonymous', `{ ${typeName}(draft: true) { docs { id } } }`)
    expect(result.data?.[typeName]?.docs.map((doc) => doc.id).sort()).toEqual(publishedIds(collection))
  })

  it.each(['editor', 'reviewer', 'admin'] as const)('%s sees drafts and versions', async (role) => {
    const { json } = await api(role, 'GET', `/${collection}?draft=true`)
    expect((json.docs as { id: number }[]).map((doc) => doc.id).sort()).toEqual([...publishedIds(collection), drafts[collection]!].sort())
    expect((await api(role, 'GET', `/${collection}/versions`)).status).toBe(200)
  })

  it("the portal's draft preview reads drafts with the preview secret, only the right one, and cannot write", async () => {
    process.env.PREVIEW_SECRET = 'matrix-preview-secret'
    try {
      const listed = async (secret: string) => {
        const { json } = await api('anonymous', 'GET', `/${collection}?draft=true`, undefined, { 'x-preview-secret': secret })
        return (json.docs as { id: number }[]).map((doc) => doc.id).sort()
      }
      expect(await listed('matrix-preview-secret')).toEqual([...publishedIds(collection), drafts[collection]!].sort())
      expect(await listed('matrix-preview-secreT')).toEqual(publishedIds(collection))
      expect(await listed('')).toEqual(publishedIds(collection))
      const created = await api('anonymous', 'POST', `/${collection}?draft=true`, { ...newDoc(collection), _status: 'draft' }, { 'x-preview-secret': 'matrix-preview-secret' })
      expect(created.status).toBe(403)
    } finally {
      delete process.env.PREVIEW_SECRET
    }
    // Without a configured secret, no header opens drafts.
    const { json } = await api('anonymous', 'GET', `/${collection}?draft=true`, undefined, { 'x-preview-secret': '' })
    expect((json.docs as { id: number }[]).map((doc) => doc.id).sort()).toEqual(publishedIds(collection))
  })

  it.each(ROLES)('%s: create, update, delete', async (role) => {
    const expected = {
      anonymous: { create: 403, update: 403, delete: 403 },
      editor: { create: 201, update: 200, delete: 200 },
      reviewer: { create: 201, update: 200, delete: 403 },
      admin: { create: 201, update: 200, delete: 200 },
    }[role]
    const target = await payload.create({ collection, data: { ...newDoc(collection), _status: 'draft' } as never, draft: true })
    const created = await api(role, 'POST', `/${collection}?draft=true`, { ...newDoc(collection), _status: 'draft' })
    expect(created.status, 'create').toBe(expected.create)
    const updated = await api(role, 'PATCH', `/${collection}/${target.id}?draft=true`, { _status: 'draft' })
    expect(updated.status, 'update').toBe(expected.update)
    const removed = await api(role, 'DELETE', `/${collection}/${target.id}`)
    expect(removed.status, 'delete').toBe(expected.delete)
  })
})

describe('users', () => {
  it('anonymous cannot list or create accounts, nor enumerate them by id', async () => {
    expect((await api('anonymous', 'GET', '/users')).status).toBe(403)
    expect((await api('anonymous', 'GET', `/users/${users.editor.id}`)).status).toBe(403)
    expect((await api('anonymous', 'POST', '/users', { email: 'x@test.local', password: 'a-long-test-password', name: 'X' })).status).toBe(403)
    const result = await graphql('anonymous', '{ Users { docs { id email } } }')
    expect(result.data?.Users ?? null).toBeNull()
  })

  it('staff see each other but only admins manage accounts and roles', async () => {
    expect((await api('editor', 'GET', '/users')).status).toBe(200)
    expect((await api('editor', 'POST', '/users', { email: 'y@test.local', password: 'a-long-test-password', name: 'Y' })).status).toBe(403)
    expect((await api('editor', 'PATCH', `/users/${users.reviewer.id}`, { name: 'Renamed' })).status).toBe(403)
    expect((await api('editor', 'DELETE', `/users/${users.reviewer.id}`)).status).toBe(403)
    expect((await api('admin', 'POST', '/users', { email: 'z@test.local', password: 'a-long-test-password', name: 'Z', roles: ['reviewer'] })).status).toBe(201)
  })
})

describe('redirects', () => {
  it('are public to read and closed to anonymous writes', async () => {
    const { json } = await api('anonymous', 'GET', '/redirects?where[from][equals]=/conditions/old')
    expect((json.docs as { to: string }[])[0]?.to).toBe('/conditions/new')
    expect((await api('anonymous', 'POST', '/redirects', { from: '/a', to: '/b' })).status).toBe(403)
  })
})

describe('required disclaimers endpoint', () => {
  it('answers the published required disclaimers for a page type, and 400 for an unknown one', async () => {
    const { status, json } = await api('anonymous', 'GET', '/disclaimers/required?for=articles')
    expect(status).toBe(200)
    expect((json.docs as { title: string }[]).map((doc) => doc.title)).toEqual(['Medical disclaimer'])
    expect((await api('anonymous', 'GET', '/disclaimers/required?for=../../etc')).status).toBe(400)
  })
})


/** A request refused at validation answers with the bare list of errors. */
const errorsOf = (result: unknown): unknown[] => (Array.isArray(result) ? result : ((result as { errors?: unknown[] }).errors ?? []))

describe('GraphQL limits', () => {
  it('refuses queries nested too deep, before running them', async () => {
    const nest = (levels: number): string => (levels === 0 ? 'name' : `relatedConditions { ${nest(levels - 1)} }`)
    const deep = await graphql('anonymous', `{ Conditions { docs { ${nest(8)} } } }`)
    expect(errorsOf(deep)).toEqual([expect.objectContaining({ message: 'Query is nested 10 levels deep; at most 8 are allowed.' })])
    const fine = await graphql('anonymous', `{ Conditions { docs { ${nest(2)} } } }`)
    expect(errorsOf(fine)).toEqual([])
    expect(fine.data?.Conditions?.docs.length).toBeGreaterThan(0)
  })

  it('refuses queries that cost too much', async () => {
    const fields = Array.from({ length: 150 }, (_, i) => `c${i}: Conditions(limit: 100) { docs { id name } }`).join(' ')
    const costly = await graphql('anonymous', `{ ${fields} }`)
    expect(JSON.stringify(errorsOf(costly))).toMatch(/complexity/i)
  })
})

describe('sign-in', () => {
  it('locks an account after 5 failed attempts, even against the right password, with the same message for unknown accounts', async () => {
    const email = `lockout-${Date.now()}@test.local`
    await payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', name: 'Lockout probe', roles: ['editor'] } })
    const attempt = (address: string, password: string) => api('anonymous', 'POST', '/users/login', { email: address, password })
    const unknown = await attempt(`nobody-${Date.now()}@test.local`, 'wrong-password')
    for (let i = 0; i < 5; i++) {
      const failed = await attempt(email, 'wrong-password')
      expect(failed.status).toBe(401)
      expect(failed.json).toEqual(unknown.json)
    }
    const locked = await attempt(email, 'a-long-test-password')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.json)).toMatch(/locked/i)
  })
})
