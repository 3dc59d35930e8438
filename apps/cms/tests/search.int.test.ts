import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { spanishArticles, spanishConditions } from '../src/seed/content/es'
import { getTestPayload, resetCollections } from './support/payload'

let payload: Payload

const search = async (query: string) => {
  const response = await handleEndpoints({ config, request: new Request(`http://localhost/api/articles/search${query}`) })
  return { status: response.status, json: (await response.json()) as { docs: { slug: string }[]; totalDocs: number } }
}

const conditionCounts = async (query: string) => {
  const response = await handleEndpoints({ config, request: new Request(`http://localhost/api/articles/condition-counts${query}`) })
  expect(response.status).toBe(200)
  return ((await response.json()) as { conditionCounts: Record<string, number> }).conditionCounts
}

beforeAll(async () => {
  payload = await getTestPayload()
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  await seed(payload, { loginPassword: 'search-test-password', log: () => {} })
}, 180_000)

describe('article full-text search', () => {
  it('finds words in the body, with stemming, best match first', async () => {
    const { status, json } = await search('?q=dissociation')
    expect(status).toBe(200)
    expect(json.docs[0]?.slug).toBe('side-effects-of-ketamine-treatment')
    const stemmed = await search('?q=monitored')
    expect(stemmed.json.totalDocs).toBeGreaterThan(0)
  })

  it('finds articles by a condition synonym that appears only on the condition', async () => {
    const { json } = await search('?q=TRD')
    expect(json.totalDocs).toBeGreaterThan(0)
  })

  it('filters by condition and audience and counts per condition', async () => {
    const all = await search('?q=ketamine')
    const filtered = await search('?q=ketamine&condition=alcohol-use-disorder')
    expect(filtered.json.totalDocs).toBeGreaterThan(0)
    expect(filtered.json.totalDocs).toBeLessThan(all.json.totalDocs)
    const counts = await conditionCounts('?q=ketamine')
    const alcohol = (await payload.find({ collection: 'conditions', where: { slug: { equals: 'alcohol-use-disorder' } }, depth: 0 })).docs[0]!.id
    expect(counts[String(alcohol)]).toBe(filtered.json.totalDocs)
    expect(Math.max(...Object.values(counts))).toBeLessThanOrEqual(all.json.totalDocs)
    const caregivers = await search('?q=ketamine&audience=caregivers')
    expect(caregivers.json.docs.map((doc) => doc.slug)).toEqual(['supporting-someone-through-ketamine-treatment'])
  })

  it('never returns drafts', async () => {
    await payload.create({
      collection: 'articles',
      data: { title: 'Secret draft zebraword', slug: 'secret-draft', summary: 'zebraword', audience: 'patients', body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [] } }, _status: 'draft' },
      draft: true,
    })
    expect((await search('?q=zebraword')).json.totalDocs).toBe(0)
  })

  it('without a search term lists every published article newest first, with the same filters and counts', async () => {
    const published = await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, sort: '-publishedAt', limit: 100, depth: 0 })
    for (const query of ['', '?q=', '?q=%20%20']) {
      const { status, json } = await search(query)
      expect(status, query).toBe(200)
      expect(json.totalDocs).toBe(published.totalDocs)
      expect(json.docs.map((doc) => doc.slug)).toEqual(published.docs.slice(0, 10).map((doc) => doc.slug))
    }
    const chronicPain = await payload.find({ collection: 'conditions', where: { slug: { equals: 'chronic-pain' } }, depth: 0 })
    const id = chronicPain.docs[0]!.id
    const withPain = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' }, conditions: { in: [id] } } })
    const filtered = await search('?condition=chronic-pain&limit=2&page=2')
    expect(filtered.json.totalDocs).toBe(withPain.totalDocs)
    expect((await conditionCounts(''))[String(id)]).toBe(withPain.totalDocs)
    expect((await search('?page=10001')).status).toBe(200)
  })

  it.each([`?q=${'a'.repeat(101)}`, '?q=x&page=0', '?q=x&page=abc', '?page=10002', '?q=x&limit=500', '?q=x&condition=../etc', '?q=x&audience=all'])(
    'answers 400 to %j',
    async (query) => {
      expect((await search(query)).status).toBe(400)
    },
  )

  it('treats operators and SQL in the search text as words', async () => {
    for (const q of ["'; DROP TABLE articles; --", '"unclosed', 'a & b | !c', 'or or or', '-']) {
      const { status } = await search(`?q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
    }
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBeGreaterThan(0)
  })
})

describe('Spanish search', () => {
  const spanishSlugs = Object.keys(spanishArticles)

  it('finds the Spanish articles with and without accents, stemmed, and only those with a reviewed Spanish text', async () => {
    const accented = await search('?locale=es&q=depresi%C3%B3n')
    const plain = await search('?locale=es&q=depresion')
    expect(accented.status).toBe(200)
    expect(accented.json.totalDocs).toBeGreaterThan(0)
    expect(plain.json.docs.map((doc) => doc.slug)).toEqual(accented.json.docs.map((doc) => doc.slug))
    for (const doc of accented.json.docs) expect(spanishSlugs).toContain(doc.slug)
    // Spanish stemming: the plural and another form of the word find the same articles.
    expect((await search('?locale=es&q=efectos%20secundarios')).json.docs.map((doc) => doc.slug)).toContain('side-effects-of-ketamine-treatment')
    expect((await search('?locale=es&q=efecto%20secundario')).json.docs.map((doc) => doc.slug)).toContain('side-effects-of-ketamine-treatment')
    // The English search is the English one: a Spanish word finds nothing there.
    expect((await search('?q=secundarios')).json.totalDocs).toBe(0)
  })

  it('lists every Spanish article without a search term, with Spanish titles and counts per condition', async () => {
    const { json } = await search('?locale=es&limit=50')
    expect(json.docs.map((doc) => doc.slug).sort()).toEqual([...spanishSlugs].sort())
    const first = json.docs[0] as unknown as { slug: string; title: string }
    expect(first.title).toBe(spanishArticles[first.slug]!.title)
    const counts = await conditionCounts('?locale=es&q=depresion')
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    expect(Math.max(...Object.values(counts))).toBeLessThanOrEqual((await search('?locale=es&q=depresion')).json.totalDocs)
  })

  it('finds a Spanish article by a Spanish also-known-as term of its condition', async () => {
    const trd = spanishConditions['treatment-resistant-depression'].alsoKnownAs
    const term = trd.find((name) => !name.includes(' ')) ?? trd[0]!
    expect((await search(`?locale=es&q=${encodeURIComponent(term)}`)).json.totalDocs).toBeGreaterThan(0)
  })
})
