import { createLocalReq, type Migration, type Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../src/migrations'
import { seed } from '../src/seed'
import { demoArticles } from '../src/seed/content/articles'
import { demoCitations } from '../src/seed/content/citations'
import { getTestPayload, resetCollections } from './support/payload'

type Node = { type: string; children?: Node[]; fields?: Record<string, unknown> }
const walk = (node: Node, visit: (node: Node) => void) => {
  visit(node)
  node.children?.forEach((child) => walk(child, visit))
}

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  await seed(payload, { loginPassword: 'demo-password-for-tests', log: () => {} })
}, 180_000)

describe('demo content', () => {
  it('publishes everything through the workflow, reviewed by the demo reviewer', async () => {
    for (const collection of ['articles', 'conditions', 'contraindications', 'disclaimers'] as const) {
      const all = await payload.find({ collection, limit: 100, depth: 0, draft: true })
      const published = await payload.find({ collection, limit: 100, depth: 0, overrideAccess: false })
      expect(published.totalDocs, collection).toBe(all.totalDocs)
      for (const doc of published.docs) {
        expect(doc.workflowStatus, `${collection} ${doc.id}`).toBe('published')
        expect(doc.reviewedBy).toBe('Dr Demo Reviewer, MD, Psychiatrist')
        expect(doc.workflowHistory?.map((step) => step.to).slice(-3)).toEqual(['in-review', 'approved', 'published'])
      }
    }
  })

  it('has the required volume: 10 conditions, 8+ contraindications (both kinds), 15+ citations, 8+ articles', async () => {
    expect((await payload.count({ collection: 'conditions' })).totalDocs).toBeGreaterThanOrEqual(10)
    const contraindications = await payload.find({ collection: 'contraindications', limit: 100, depth: 0 })
    expect(contraindications.totalDocs).toBeGreaterThanOrEqual(8)
    expect(new Set(contraindications.docs.map((doc) => doc.kind))).toEqual(new Set(['absolute', 'relative']))
    expect((await payload.count({ collection: 'citations' })).totalDocs).toBeGreaterThanOrEqual(15)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBeGreaterThanOrEqual(8)
    const required = await payload.find({ collection: 'disclaimers', where: { required: { equals: true } } })
    expect(required.totalDocs).toBe(2)
  })

  it('keeps patient articles at reading grade 8 or below, with citation markers and callouts', async () => {
    const { docs } = await payload.find({ collection: 'articles', limit: 100, depth: 0 })
    for (const article of docs) {
      if (article.audience === 'patients') expect(article.readingGrade, article.slug).toBeLessThanOrEqual(8)
      const kinds = new Set<string>()
      const cited = new Set<unknown>()
      walk(article.body.root as Node, (node) => {
        kinds.add(node.type === 'block' || node.type === 'inlineBlock' ? String(node.fields?.blockType) : node.type)
        if (node.fields?.blockType === 'citationReference') cited.add(node.fields.citation)
      })
      expect([...kinds], article.slug).toEqual(expect.arrayContaining(['heading', 'paragraph', 'list', 'callout', 'citationReference']))
      // Every marker points at one of the article's numbered references.
      expect([...cited].every((id) => (article.citations as number[]).includes(id as number)), article.slug).toBe(true)
    }
  })

  it('never gives patients dosing advice', () => {
    const dosing = /\b\d+(\.\d+)?\s?(mg|milligrams?|mcg|ml)\b|mg\/kg/i
    for (const article of demoArticles) expect(article.body, article.slug).not.toMatch(dosing)
  })

  it('cites real identifiers: DOIs in 10. form, numeric PMIDs, each confirmed by a public record', () => {
    expect(demoCitations.length).toBeGreaterThanOrEqual(15)
    for (const { key, doi, pmid, verifiedAgainst } of demoCitations) {
      for (const record of verifiedAgainst) expect(record, key).toMatch(/^https:\/\/[^\s]+$/)
      if (doi || pmid) expect(verifiedAgainst.length, key).toBeGreaterThan(0)
      if (doi) expect(doi).toMatch(/^10\.\d{4,9}\//)
      if (pmid) {
        expect(pmid).toMatch(/^[1-9]\d{0,8}$/)
        // A PMID is confirmed by its PubMed record or the PubMed Central copy of the article.
        expect(verifiedAgainst.some((record) => record === `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` || record.startsWith('https://pmc.ncbi.nlm.nih.gov/articles/PMC')), key).toBe(true)
      }
    }
  })

  it('can run again without creating or changing anything', async () => {
    const counts = async () =>
      Promise.all((['articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'users'] as const).map(async (c) => (await payload.count({ collection: c })).totalDocs))
    const before = await counts()
    await seed(payload, { loginPassword: 'demo-password-for-tests', log: () => {} })
    expect(await counts()).toEqual(before)
  }, 120_000)
})

describe('migrations on a database that holds content', () => {
  it('undoing and re-applying the latest migration loses nothing of the demo content', async () => {
    const pool = (payload.db as unknown as { pool: Pool }).pool
    const digest = async () => {
      const tables = (await pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations' ORDER BY tablename")).rows
      const result: Record<string, string> = {}
      for (const { name } of tables) {
        result[name] = (await pool.query<{ d: string }>(`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${name}" t`)).rows[0]!.d
      }
      return result
    }
    const before = await digest()
    const latest = migrations.at(-1)!
    const req = await createLocalReq({}, payload)
    const db = (payload.db as unknown as { drizzle: unknown }).drizzle
    await latest.down({ db, payload, req } as never)
    await pool.query('DELETE FROM payload_migrations WHERE name = $1', [latest.name])
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    expect((await pool.query('SELECT 1 FROM payload_migrations WHERE name = $1', [latest.name])).rowCount).toBe(1)
    expect(await digest()).toEqual(before)
  })
})
