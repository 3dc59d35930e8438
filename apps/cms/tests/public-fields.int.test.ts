/**
 * Anonymous field exposure over REST and GraphQL for every collection: readers get only the fields
 * the portal renders (src/access/publicFields.ts), at every depth, through populated relations and
 * rich-text links, and cannot filter or sort on the other fields. Collections, globals and fields are
 * enumerated from the Payload config, so whatever is added later is covered.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import configPromise from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createLocalReq, formatNames, handleEndpoints, type FlattenedField, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_FIELDS } from '../src/access/publicFields'
import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { paragraph, richText } from './support/lexical'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { createRequiredDisclaimer, createTestUsers, type TestUsers } from './support/users'

const config = await configPromise
const PUBLIC = PUBLIC_FIELDS as Record<string, readonly string[] | undefined>
/** Keys Payload adds to every response besides the fields. */
const PAYLOAD_KEYS = new Set(['id', 'globalType'])
const publicOf = (slug: string) => new Set(PUBLIC[slug] ?? ['id'])
const PREVIEW_SECRET = 'public-fields-preview-secret'
const MAX_DEPTH = config.maxDepth ?? 3

let payload: Payload
let users: TestUsers
let token: string
let anonymousReq: PayloadRequest
let previewReq: PayloadRequest

type Json = Record<string, unknown>
type Caller = 'anonymous' | 'staff' | 'preview'

async function rest(caller: Caller, urlPath: string) {
  const headers: Record<string, string> = {}
  if (caller === 'staff') headers.authorization = `JWT ${token}`
  if (caller === 'preview') headers['x-preview-secret'] = PREVIEW_SECRET
  const response = await handleEndpoints({ config: configPromise, request: new Request(`http://localhost/api${urlPath}`, { headers }) })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Json }
}

async function graphql(caller: Caller, query: string, variables?: Json) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (caller === 'staff') headers.authorization = `JWT ${token}`
  const response = await GRAPHQL_POST(configPromise)(
    new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
  )
  const body = (await response.json()) as { data?: Json | null; errors?: { message: string; extensions?: Json }[] } | unknown[]
  return { status: response.status, ...(Array.isArray(body) ? { errors: body as { message: string }[], data: null } : body) }
}

const collectionConfig = (slug: string) => config.collections.find((collection) => collection.slug === slug)
const fieldsOf = (slug: string): FlattenedField[] =>
  (collectionConfig(slug) ?? config.globals.find((global) => global.slug === slug))?.flattenedFields ?? []

/** Collections and globals anonymous readers can read at all, and the ones closed to them. */
const anonymous = await createLocalReq({}, await getTestPayload())
const openTo = async (entities: { slug: string; access: { read: (args: { req: PayloadRequest }) => unknown } }[]) => {
  const open: string[] = []
  const closed: string[] = []
  for (const entity of entities) ((await entity.access.read({ req: anonymous })) === false ? closed : open).push(entity.slug)
  return { open, closed }
}
const { open: READABLE, closed: CLOSED } = await openTo(config.collections as never)
const { open: READABLE_GLOBALS, closed: CLOSED_GLOBALS } = await openTo(config.globals as never)

// ---------------------------------------------------------------------------------------------
// What a response may hold: walks a document, its populated relations and rich-text links.

type Leak = string

function walkLexical(value: unknown, at: string, leaks: Leak[]) {
  if (!value || typeof value !== 'object') return
  if (Array.isArray(value)) return value.forEach((item, index) => walkLexical(item, `${at}[${index}]`, leaks))
  const node = value as Json
  const fields = node.fields as Json | undefined
  if (fields && typeof fields === 'object') {
    const doc = fields.doc as { relationTo?: string; value?: unknown } | undefined
    if (doc?.relationTo && doc.value && typeof doc.value === 'object') walkDoc(doc.relationTo, doc.value, `${at}.fields.doc`, leaks)
    // Block fields that hold a populated document: the block's relationship fields name their collection.
    for (const [key, item] of Object.entries(fields)) {
      const relationTo = BLOCK_RELATIONS.get(`${String(fields.blockType)}.${key}`)
      if (relationTo && item && typeof item === 'object') walkDoc(relationTo, item, `${at}.fields.${key}`, leaks)
    }
  }
  for (const [key, child] of Object.entries(node)) if (key !== 'fields') walkLexical(child, `${at}.${key}`, leaks)
}

function walkFields(fields: FlattenedField[], data: Json, at: string, leaks: Leak[]) {
  for (const field of fields) {
    const value = data[field.name]
    if (value === null || value === undefined) continue
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
        if (!item || typeof item !== 'object') continue
        if (Array.isArray(field.relationTo)) {
          const { relationTo, value: related } = item as { relationTo: string; value: unknown }
          if (related && typeof related === 'object') walkDoc(relationTo, related, `${at}.${field.name}[${index}]`, leaks)
        } else {
          walkDoc(field.relationTo, item, `${at}.${field.name}[${index}]`, leaks)
        }
      }
    } else if (field.type === 'richText') {
      walkLexical(value, `${at}.${field.name}`, leaks)
    } else if ((field.type === 'group' || field.type === 'tab') && typeof value === 'object') {
      walkFields(field.flattenedFields, value as Json, `${at}.${field.name}`, leaks)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => walkFields(field.flattenedFields, row as Json, `${at}.${field.name}[${index}]`, leaks))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks.find((candidate) => typeof candidate !== 'string' && candidate.slug === (row as Json).blockType)
        if (block && typeof block !== 'string') walkFields(block.flattenedFields, row as Json, `${at}.${field.name}[${index}]`, leaks)
      })
    }
  }
}

/** Every key of `doc` (a document of `slug`) outside its public list, and the same in what it populates. */
function walkDoc(slug: string, doc: unknown, at: string, leaks: Leak[]) {
  if (!doc || typeof doc !== 'object') return
  const allowed = publicOf(slug)
  const fields = new Map(fieldsOf(slug).map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(doc)) {
    // Payload answers a read-denied array field with an empty list: a key without data.
    if (!allowed.has(key) && !(fields.get(key)?.type === 'array' && Array.isArray(value) && value.length === 0)) leaks.push(`${at}.${key} (${slug})`)
  }
  walkFields(fieldsOf(slug), doc as Json, at, leaks)
}

const leaksOf = (slug: string, docs: unknown[]) => {
  const leaks: Leak[] = []
  docs.forEach((doc, index) => walkDoc(slug, doc, `${slug}[${index}]`, leaks))
  return leaks
}

/** Relationship fields of the rich-text blocks, as `blockType.field` → collection. */
const BLOCK_RELATIONS = new Map<string, string>()

// ---------------------------------------------------------------------------------------------
// Fixtures: one published document of each kind, with every private field filled in.

const ids: Record<string, number> = {}
const hasWorkflow = (slug: string) => fieldsOf(slug).some((field) => field.name === 'workflowStatus')

async function publish<T extends Json>(slug: 'articles' | 'conditions' | 'contraindications' | 'citations' | 'disclaimers', data: T): Promise<number> {
  if (hasWorkflow(slug)) return (await publishThroughWorkflow(payload, slug as 'articles', data as never, users)).id
  return (await payload.create({ collection: slug, data: { ...data, _status: 'published' } as never })).id
}

const citationMarker = (citation: number) => ({ type: 'inlineBlock', version: 1, fields: { id: `marker-${citation}`, blockType: 'citationReference', blockName: '', citation } })
const internalLink = (relationTo: string, value: number, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
  children: [{ type: 'text', version: 1, text: label, format: 0, detail: 0, mode: 'normal', style: '' }],
})

beforeAll(async () => {
  payload = await getTestPayload()
  anonymousReq = anonymous
  previewReq = await createLocalReq({}, payload)
  previewReq.headers = new Headers({ 'x-preview-secret': PREVIEW_SECRET })
  for (const collection of config.collections) {
    for (const field of collection.flattenedFields) {
      if (field.type !== 'richText') continue
      const editor = field.editor as { editorConfig?: { resolvedFeatureMap?: Map<string, { sanitizedServerFeatureProps?: { blocks?: unknown[]; inlineBlocks?: unknown[] } }> } }
      const props = editor.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps
      for (const block of [...(props?.blocks ?? []), ...(props?.inlineBlocks ?? [])] as { slug: string; fields: { name?: string; type: string; relationTo?: unknown }[] }[]) {
        for (const blockField of block.fields) {
          if ((blockField.type === 'relationship' || blockField.type === 'upload') && typeof blockField.relationTo === 'string') {
            BLOCK_RELATIONS.set(`${block.slug}.${blockField.name}`, blockField.relationTo)
          }
        }
      }
    }
  }

  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'media', 'redirects', 'users')
  users = await createTestUsers(payload)
  const login = await handleEndpoints({
    config: configPromise,
    request: new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: users.admin.email, password: 'a-long-test-password' }),
    }),
  })
  token = ((await login.json()) as { token: string }).token

  ids.requiredDisclaimer = (await createRequiredDisclaimer(payload, users)).id
  ids.disclaimer = await publish('disclaimers', { title: 'Off-label use', body: 'Some uses are off-label.', kind: 'off-label', required: false, scope: 'articles' })
  ids.citation = await publish('citations', {
    type: 'journal-article',
    title: 'Antidepressant effects of ketamine in depressed patients',
    authors: 'Berman RM; Cappiello A',
    journal: 'Biol Psychiatry',
    year: 2000,
    doi: '10.1016/S0006-3223(99)00230-9',
    pmid: '10686270',
  })
  ids.contraindication = await publish('contraindications', {
    name: 'Uncontrolled high blood pressure',
    slug: 'uncontrolled-high-blood-pressure',
    kind: 'absolute',
    patientExplanation: 'Ketamine raises blood pressure.',
    clinicianNote: 'Screen above 160/100.',
    appliesTo: ['all'],
    citations: [ids.citation],
  })
  const image = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#0f766e' } }).png().toBuffer()
  ids.media = (
    await payload.create({
      collection: 'media',
      data: { alt: 'A teal square', credit: 'Staff photographer' },
      file: { data: image, mimetype: 'image/png', name: 'square.png', size: image.length },
    })
  ).id
  ids.relatedCondition = await publish('conditions', conditionData({ name: 'Post-traumatic stress disorder', citations: [ids.citation], disclaimers: [ids.requiredDisclaimer] }))
  ids.condition = await publish(
    'conditions',
    conditionData({
      name: 'Treatment-resistant depression',
      alsoKnownAs: ['TRD'],
      overview: richText(paragraph('Overview with a marker', citationMarker(ids.citation) as never, ' and a link ', internalLink('conditions', ids.relatedCondition, 'PTSD') as never)) as never,
      relatedConditions: [ids.relatedCondition],
      contraindications: [ids.contraindication],
      citations: [ids.citation],
      disclaimers: [ids.requiredDisclaimer, ids.disclaimer],
      codes: [
        { system: 'icd10cm', code: 'F33.2' },
        { system: 'snomedct', code: '370143000' },
      ],
      seo: { title: 'SEO title', description: 'SEO description' },
    }),
  )
  // Referenced by the article but never published: its id must not surface in the public counts.
  ids.draftCondition = (await payload.create({ collection: 'conditions', data: { ...conditionData({ name: 'Unpublished condition' }), _status: 'draft' }, draft: true })).id
  ids.article = await publish('articles', {
    title: 'What a ketamine session is like',
    slug: 'what-a-ketamine-session-is-like',
    summary: 'A plain walk through a session.',
    audience: 'patients',
    body: richText(
      paragraph(
        'A session lasts about two hours and a clinician stays with you all the time, watching your blood pressure and how you feel',
        citationMarker(ids.citation) as never,
        '. Read more about ',
        internalLink('conditions', ids.condition, 'depression') as never,
      ),
    ),
    heroImage: ids.media,
    author: users.editor.id,
    conditions: [ids.condition, ids.draftCondition],
    contraindications: [ids.contraindication],
    citations: [ids.citation],
    disclaimers: [ids.requiredDisclaimer, ids.disclaimer],
    seo: { title: 'SEO title', description: 'SEO description' },
  })
  await payload.create({ collection: 'redirects', data: { from: '/conditions/old-name', to: '/conditions/treatment-resistant-depression', reason: 'manual' } })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      siteName: 'Ketamine Therapy Guide',
      organisation: 'Example Clinic',
      contactEmail: 'staff@example.org',
      crisisHelp: { text: 'Get help now.', lines: [{ label: 'US', contact: '988', href: 'tel:988' }] },
      footer: 'Footer text.',
    },
    context: { skipRevalidation: true },
  })
  process.env.PREVIEW_SECRET = PREVIEW_SECRET
}, 180_000)

afterAll(() => {
  delete process.env.PREVIEW_SECRET
})

// ---------------------------------------------------------------------------------------------

describe('the config: every field not on a public list is private', () => {
  it('every collection is either on a public list or closed to anonymous readers', () => {
    expect(READABLE.length).toBeGreaterThan(0)
    for (const slug of READABLE) expect(PUBLIC[slug], `${slug} is readable by anyone but has no public field list`).toBeDefined()
    for (const slug of READABLE_GLOBALS) expect(PUBLIC[slug], `global ${slug} is readable by anyone but has no public field list`).toBeDefined()
    for (const slug of [...CLOSED, ...CLOSED_GLOBALS]) expect(PUBLIC[slug], `${slug} is closed to readers: it needs no public list`).toBeUndefined()
    expect(CLOSED).toContain('users')
  })

  it('knows which collections the rich-text blocks populate', () => {
    expect(BLOCK_RELATIONS.get('citationReference.citation')).toBe('citations')
  })

  it.each([...READABLE, ...READABLE_GLOBALS])('%s: each top-level field is public or read by staff and preview only', async (slug: string) => {
    const allowed = publicOf(slug)
    const names = new Set(fieldsOf(slug).map((field) => field.name))
    for (const name of allowed) if (!PAYLOAD_KEYS.has(name)) expect(names, `public list of ${slug} names a field it does not have`).toContain(name)
    for (const field of fieldsOf(slug)) {
      const read = field.access?.read
      if (allowed.has(field.name)) {
        if (read) expect(await read({ req: anonymousReq }), `${slug}.${field.name} is public`).toBe(true)
        continue
      }
      expect(read, `${slug}.${field.name} has no read access`).toBeTypeOf('function')
      expect(await read!({ req: anonymousReq }), `${slug}.${field.name}: anonymous`).toBe(false)
      // Fields with a stricter rule of their own (staff only) keep it; the rest open to the draft preview.
      if (!['searchText', 'importSource'].includes(field.name)) expect(await read!({ req: previewReq }), `${slug}.${field.name}: preview`).toBe(true)
    }
  })
})

describe.each(READABLE)('%s over REST', (slug: string) => {
  it('anonymous lists and documents carry public fields only, at every depth and locale, drafts asked or not', async () => {
    const first = await rest('anonymous', `/${slug}?depth=0&limit=100`)
    expect(first.status).toBe(200)
    const docs = first.json.docs as Json[]
    expect(docs.length, `no published ${slug} to check`).toBeGreaterThan(0)
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      for (const query of [`depth=${depth}&limit=100`, `depth=${depth}&limit=100&draft=true`, `depth=${depth}&limit=100&locale=all`]) {
        const list = await rest('anonymous', `/${slug}?${query}`)
        expect(list.status, query).toBe(200)
        expect(leaksOf(slug, list.json.docs as Json[]), query).toEqual([])
      }
      const one = await rest('anonymous', `/${slug}/${docs[0]!.id}?depth=${depth}`)
      expect(one.status).toBe(200)
      expect(leaksOf(slug, [one.json]), `by id, depth ${depth}`).toEqual([])
    }
  })

  it('staff see the private fields (so the check above has something to catch)', async () => {
    const { json } = await rest('staff', `/${slug}?depth=0&limit=100`)
    const privateKeys = new Set((json.docs as Json[]).flatMap((doc) => Object.keys(doc)).filter((key) => !publicOf(slug).has(key)))
    expect(privateKeys.size).toBeGreaterThan(0)
  })

  it('a where or sort on a private field is refused with 400, on a public one answered', async () => {
    const publicField = fieldsOf(slug).find((field) => publicOf(slug).has(field.name) && ['text', 'select', 'date', 'number'].includes(field.type))!
    expect((await rest('anonymous', `/${slug}?where[${publicField.name}][exists]=true`)).status).toBe(200)
    expect((await rest('anonymous', `/${slug}?sort=${publicField.name}`)).status).toBe(200)
    for (const probe of privateProbes(slug)) {
      const refused = await rest('anonymous', `/${slug}?where[${probe}][exists]=true`)
      expect(refused.status, `where ${probe}`).toBe(400)
      expect(JSON.stringify(refused.json)).not.toMatch(/\n\s+at |node_modules/)
      expect((await rest('anonymous', `/${slug}/count?where[${probe}][exists]=true`)).status, `count where ${probe}`).toBe(400)
      expect((await rest('staff', `/${slug}?where[${probe}][exists]=true`)).status, `staff where ${probe}`).toBe(200)
    }
    for (const field of fieldsOf(slug).filter((candidate) => !publicOf(slug).has(candidate.name) && ['text', 'textarea', 'select', 'date', 'number', 'checkbox', 'relationship'].includes(candidate.type))) {
      expect((await rest('anonymous', `/${slug}?sort=-${field.name}`)).status, `sort ${field.name}`).toBe(400)
    }
  })
})

/** A queryable path into each private top-level field (a leaf inside groups and arrays). */
function privateProbes(slug: string): string[] {
  const leaf = (field: FlattenedField, prefix: string): string | undefined => {
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      for (const child of field.flattenedFields) {
        const found = leaf(child, `${prefix}${field.name}.`)
        if (found) return found
      }
      return undefined
    }
    if (field.type === 'blocks' || field.type === 'join' || ('virtual' in field && field.virtual)) return undefined
    return `${prefix}${field.name}`
  }
  return fieldsOf(slug)
    .filter((field) => !publicOf(slug).has(field.name))
    .map((field) => leaf(field, ''))
    .filter((probe): probe is string => Boolean(probe))
}

describe('hidden fields are no oracle', () => {
  it.each([
    '/articles?where[workflowHistory.note][like]=a',
    '/articles?where[workflowNote][like]=a',
    '/articles?where[or][0][slug][exists]=true&where[or][1][readingGrade][greater_than]=5',
    '/articles?where[conditions.workflowNote][like]=a',
    '/articles?where[conditions.reviewer][exists]=true',
    '/articles?where[citations.createdAt][exists]=true',
    '/articles?where[author.email][like]=example',
    '/articles?where[reviewer.name][like]=a',
    '/articles?where[importSource.key][exists]=true',
    '/articles?where[searchText][like]=a',
    '/articles?sort=readingGrade',
    '/articles?sort=-workflowHistory.at',
    '/conditions?where[relatedConditions.seo.title][like]=a',
    '/contraindications?where[clinicianNote][like]=a',
    '/disclaimers?where[reviewer][exists]=true',
    '/citations?where[updatedAt][exists]=true',
    '/media?where[credit][like]=a',
    '/redirects?where[reason][equals]=manual',
  ])('%s answers 400', async (url: string) => {
    const { status } = await rest('anonymous', url)
    expect(status).toBe(400)
  })

  it('GraphQL refuses a where on a private field, directly or through a relation', async () => {
    for (const where of ['{ workflowNote: { like: "a" } }', '{ readingGrade: { greater_than: 1 } }', '{ workflowHistory__note: { like: "a" } }']) {
      const result = await graphql('anonymous', `{ Articles(where: ${where}) { docs { id } } }`)
      expect(result.errors?.length, where).toBeGreaterThan(0)
      expect(result.data?.Articles ?? null, where).toBeNull()
      expect(JSON.stringify(result.errors)).not.toMatch(/Internal Server Error|\n\s+at /)
      // GraphQL answers 200 with the error, which carries the REST status: a refused query, not a failure.
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cannot be queried/), extensions: { statusCode: 400 } })
    }
    const staff = await graphql('staff', '{ Articles(where: { workflowNote: { exists: false } }) { docs { id } } }')
    expect(staff.errors ?? []).toEqual([])
  })

  it('users stay closed to anonymous readers', async () => {
    expect((await rest('anonymous', '/users')).status).toBe(403)
    expect((await rest('anonymous', `/users/${users.reviewer.id}`)).status).toBe(403)
    expect((await graphql('anonymous', '{ Users { docs { id name email } } }')).data?.Users ?? null).toBeNull()
    expect((await graphql('anonymous', `{ User(id: ${users.reviewer.id}) { id name } }`)).data?.User ?? null).toBeNull()
  })

  it.each(CLOSED)('%s answers anonymous readers no documents', async (slug: string) => {
    const { status, json } = await rest('anonymous', `/${slug}`)
    // 403, or 501 for Payload's internal collections that have no REST list.
    expect([403, 501]).toContain(status)
    expect(json.docs).toBeUndefined()
  })

  it.each(CLOSED_GLOBALS)('global %s answers anonymous readers 403', async (slug: string) => {
    expect((await rest('anonymous', `/globals/${slug}`)).status).toBe(403)
  })
})

// ---------------------------------------------------------------------------------------------
// GraphQL: every field of every type, with one level of populated relations.

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type GqlType = { kind: string; name: string; fields: { name: string; type: TypeRef }[] | null }
const TYPE_QUERY = `query($name: String!) { __type(name: $name) { kind name fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`
const typeCache = new Map<string, GqlType>()
const namedType = (type: TypeRef): TypeRef => (type.ofType ? namedType(type.ofType) : type)

async function gqlType(name: string): Promise<GqlType> {
  if (!typeCache.has(name)) {
    const result = await graphql('anonymous', TYPE_QUERY, { name })
    typeCache.set(name, result.data!.__type as GqlType)
  }
  return typeCache.get(name)!
}

const graphqlNames = (slug: string) => {
  const names = formatNames(slug)
  return { singular: names.singular, plural: names.singular === names.plural ? `all${names.singular}` : names.plural }
}
/** GraphQL object type name → collection slug. */
const TYPE_TO_COLLECTION = new Map(config.collections.map((collection) => [graphqlNames(collection.slug).singular, collection.slug]))

/** A selection of every field (or only `only`); relations populated `populate` more levels, then only their id. */
async function selectAll(typeName: string, populate: number, only?: string): Promise<string> {
  const type = await gqlType(typeName)
  const parts: string[] = []
  for (const field of type.fields ?? []) {
    if (only && field.name !== only) continue
    const target = namedType(field.type)
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name)
    else if (target.kind === 'UNION') parts.push(`${field.name} { __typename }`)
    else if (target.kind === 'OBJECT' && target.name) {
      if (TYPE_TO_COLLECTION.has(target.name)) parts.push(`${field.name} { ${populate > 0 ? await selectAll(target.name, populate - 1) : 'id'} }`)
      else parts.push(`${field.name} { ${await selectAll(target.name, populate)} }`)
    }
  }
  return parts.join(' ')
}

/** GraphQL cannot leave a selected field out: a hidden list answers [], a hidden group its fields as null. */
const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) ? value.every(isEmpty) : typeof value === 'object' && Object.values(value).every(isEmpty))

/** Non-null values of fields outside the public list, in a GraphQL result of type `typeName`. */
async function graphqlLeaks(typeName: string, data: unknown, at: string, leaks: Leak[]) {
  if (!data || typeof data !== 'object') return
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) await graphqlLeaks(typeName, item, `${at}[${index}]`, leaks)
    return
  }
  const type = await gqlType(typeName)
  const slug = TYPE_TO_COLLECTION.get(typeName)
  for (const field of type.fields ?? []) {
    const value = (data as Json)[field.name]
    if (value === null || value === undefined) continue
    if (slug && !publicOf(slug).has(field.name) && !isEmpty(value)) leaks.push(`${at}.${field.name} (${slug})`)
    const target = namedType(field.type)
    if (target.kind === 'OBJECT' && target.name) await graphqlLeaks(target.name, value, `${at}.${field.name}`, leaks)
    // Rich text is JSON: the documents its links and blocks populate are checked like REST's.
    if (slug && fieldsOf(slug).find((candidate) => candidate.name === field.name)?.type === 'richText') walkLexical(value, `${at}.${field.name}`, leaks)
  }
}

/** The selection split in queries small enough for the complexity cap: leaves together, each relation alone. */
async function selections(typeName: string): Promise<string[]> {
  const type = await gqlType(typeName)
  const leaves: string[] = ['id']
  const relations: string[] = []
  for (const field of type.fields ?? []) {
    const target = namedType(field.type)
    const part = await selectAll(typeName, 1, field.name)
    if (!part) continue
    if (target.kind === 'OBJECT' && target.name && TYPE_TO_COLLECTION.has(target.name)) relations.push(`id ${part}`)
    else if (field.name !== 'id') leaves.push(part)
  }
  return [leaves.join(' '), ...relations]
}

describe.each(READABLE)('%s over GraphQL', (slug: string) => {
  it('anonymous reads carry null in every private field, in the document and in what it populates', async () => {
    const { singular, plural } = graphqlNames(slug)
    const staffLeaks: Leak[] = []
    let read = 0
    for (const selection of await selections(singular)) {
      const result = await graphql('anonymous', `{ ${plural}(limit: 100) { docs { ${selection} } } }`)
      expect(result.errors ?? [], selection).toEqual([])
      const docs = (result.data?.[plural] as { docs: Json[] }).docs
      read += docs.length
      const leaks: Leak[] = []
      await graphqlLeaks(singular, docs, plural, leaks)
      expect(leaks).toEqual([])
      const staff = await graphql('staff', `{ ${plural}(limit: 100) { docs { ${selection} } } }`)
      await graphqlLeaks(singular, (staff.data?.[plural] as { docs: Json[] }).docs, plural, staffLeaks)
    }
    expect(read).toBeGreaterThan(0)
    expect(staffLeaks.length, 'staff read private fields').toBeGreaterThan(0)
  })
})

describe.each(READABLE_GLOBALS)('global %s', (slug: string) => {
  it('anonymous REST and GraphQL reads carry public fields only', async () => {
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      const { status, json } = await rest('anonymous', `/globals/${slug}?depth=${depth}`)
      expect(status).toBe(200)
      expect(leaksOf(slug, [json])).toEqual([])
    }
    const staff = await rest('staff', `/globals/${slug}`)
    expect(Object.keys(staff.json).filter((key) => !publicOf(slug).has(key)).length).toBeGreaterThan(0)

    const name = graphqlNames(slug).singular
    const result = await graphql('anonymous', `{ ${name} { ${await selectAll(name, 1)} } }`)
    expect(result.errors ?? []).toEqual([])
    const allowed = publicOf(slug)
    const leaked = Object.entries(result.data?.[name] as Json).filter(([key, value]) => !isEmpty(value) && !allowed.has(key))
    expect(leaked).toEqual([])
  })
})

describe("the portal's draft preview", () => {
  it('still reads every field, the private ones included, with the preview secret', async () => {
    const { json } = await rest('preview', `/articles/${ids.article}?draft=true&depth=1`)
    expect(json).toMatchObject({ workflowStatus: expect.any(String), reviewer: expect.anything(), readingGrade: expect.any(Number) })
    expect((json.workflowHistory as unknown[]).length).toBeGreaterThan(0)
    const condition = (json.conditions as Json[]).find((item) => typeof item === 'object' && item.id === ids.condition)
    expect(condition).toMatchObject({ workflowStatus: expect.any(String), seo: { title: 'SEO title' } })
    expect(json.searchText).toBeUndefined()
    expect(json.importSource).toBeUndefined()
  })
})

describe("the CMS's public endpoints", () => {
  it('the article list and counts carry public fields and published conditions only', async () => {
    const { json } = await rest('anonymous', '/articles/search?limit=50')
    const docs = json.docs as Json[]
    expect(docs.length).toBeGreaterThan(0)
    expect(leaksOf('articles', docs)).toEqual([])
    const counts = (await rest('anonymous', '/articles/condition-counts')).json.conditionCounts as Record<string, number>
    expect(counts[String(ids.condition)]).toBe(1)
    expect(Object.keys(counts)).not.toContain(String(ids.draftCondition))
  })

  it('the required disclaimers carry what the layout renders', async () => {
    for (const scope of ['all', 'articles', 'conditions']) {
      const { status, json } = await rest('anonymous', `/disclaimers/required?for=${scope}`)
      expect(status).toBe(200)
      expect((json.docs as Json[]).map((doc) => doc.title)).toEqual(['Medical disclaimer'])
      expect(leaksOf('disclaimers', json.docs as Json[])).toEqual([])
    }
  })
})

describe("the portal's reads", () => {
  const webLib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/lib')
  const sources = ['content.ts', 'feeds.ts', 'connect.ts'].map((file) => readFileSync(path.join(webLib, file), 'utf8'))
  const keysOf = (object: string) => [...object.matchAll(/(\w+): true/g)].map((match) => match[1]!)

  /** The argument of each `cms().find(…)`: up to its closing parenthesis. */
  const calls = sources.flatMap((source) =>
    [...source.matchAll(/cms\(\)\.find\(/g)].flatMap((match) => {
      let depth = 1
      let end = match.index + match[0].length
      for (; depth > 0 && end < source.length; end++) depth += source[end] === '(' ? 1 : source[end] === ')' ? -1 : 0
      const call = source.slice(match.index, end)
      // `select` given inline, or as a `const select = {…}` just before the call.
      const inline = /select: \{([^}]*)\}/.exec(call)?.[1]
      const named = /[{,\s]select[,\s}]/.test(call) ? [...source.slice(0, match.index).matchAll(/const select = \{([^}]*)\}/g)].at(-1)?.[1] : undefined
      const read = {
        select: keysOf(inline ?? named ?? ''),
        sort: [...call.matchAll(/sort: '-?([\w.]+)'/g)].map((found) => found[1]!),
        where: [...call.matchAll(/(\w+): \{ (?:equals|contains|in|like):/g)].map((found) => found[1]!),
      }
      // A read given its collection by the caller (`{ collection, … }`) reads any collection with pages.
      const literal = /collection: '([\w-]+)'/.exec(call)?.[1]
      if (!literal && !/[{,]\s*collection,/.test(call)) throw new Error(`A portal read without a collection: ${call.slice(0, 120)}`)
      return (literal ? [literal] : ['articles', 'conditions']).map((collection) => ({ collection, ...read }))
    }),
  )
  /** What the pages populate of embedded documents (`populate: { collection: { field: true } }`). */
  const populated = sources.flatMap((source) =>
    [...source.matchAll(/(?:EMBEDDED_FIELDS = |populate: )\{([\s\S]*?)\n?\}(?: satisfies| as|,)/g)].flatMap((block) =>
      [...block[1]!.matchAll(/([\w-]+): \{([^}]*)\}/g)].map((entry) => ({ collection: entry[1]!, select: keysOf(entry[2]!), sort: [], where: [] })),
    ),
  )

  it('select, populate, sort and filter on public fields only', () => {
    expect(calls.length).toBeGreaterThan(5)
    for (const call of [...calls, ...populated]) {
      const allowed = publicOf(call.collection)
      expect(PUBLIC[call.collection], call.collection).toBeDefined()
      for (const name of [...call.select, ...call.sort, ...call.where]) expect(allowed, `${call.collection}.${name}`).toContain(name)
    }
  })
})
