import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { getTestPayload, resetCollections } from './support/payload'

let payload: Payload

const search = async (query: string) => {
  const response = await handleEndpoints({ config, request: new Request(`http://localhost/api/articles/search${query}`) })
  return { status: response.status, json: (await response.json()) as { docs: { slug: string }[]; totalDocs: number; conditionCounts: Record<string, number> } }
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
    const counts = Object.values(all.json.conditionCounts)
    expect(Math.max(...counts)).toBeLessThanOrEqual(all.json.totalDocs)
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

  it.each(['', '?q=', `?q=${'a'.repeat(101)}`, '?q=x&page=0', '?q=x&page=abc', '?q=x&limit=500', '?q=x&condition=../etc', '?q=x&audience=all'])(
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

