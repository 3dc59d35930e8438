import { createLocalReq, type Migration, type Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../src/migrations'
import { seed } from '../src/seed'
import { demoArticles } from '../src/seed/content/articles'
import { demoCitations } from '../src/seed/content/citations'
import { spanishArticles, spanishConditions, spanishContraindications, spanishSiteSettings } from '../src/seed/content/es'
import { getTestPayload, resetCollections } from './support/payload'

type Node = { type: string; children?: Node[]; fields?: Record<string, unknown> }
const walk = (node: Node, visit: (node: Node) => void) => {
  visit(node)
  node.children?.forEach((child) => walk(child, visit))
}

let payload: Payload
const pool = () => (payload.db as unknown as { pool: Pool }).pool
const PASSWORD = 'demo-password-for-tests'

/** Row count and checksum of every table but the migrations log (and those named in `except`). */
async function digest(except: string[] = []): Promise<Record<string, string>> {
  const tables = (
    await pool().query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1) ORDER BY tablename",
      [['payload_migrations', ...except]],
    )
  ).rows
  const result: Record<string, string> = {}
  for (const { name } of tables) {
    result[name] = (await pool().query<{ d: string }>(`SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${name}" t`)).rows[0]!.d
  }
  return result
}

beforeAll(async () => {
  payload = await getTestPayload()
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  // A fresh database: site settings never saved.
  await pool().query('DELETE FROM site_settings')
  await seed(payload, { loginPassword: PASSWORD, log: () => {} })
}, 180_000)

const hasWorkflow = (collection: 'citations') => payload.collections[collection].config.flattenedFields.some((field) => field.name === 'workflowStatus')

describe('demo content', () => {
  it('publishes everything through the workflow, reviewed by the demo reviewer', async () => {
    const citations = hasWorkflow('citations') ? (['citations'] as const) : []
    for (const collection of ['articles', 'conditions', 'contraindications', 'disclaimers', ...citations] as const) {
      const all = await payload.find({ collection, limit: 100, depth: 0, draft: true })
      const published = await payload.find({ collection, limit: 100, depth: 0, overrideAccess: false })
      expect(published.totalDocs, collection).toBe(all.totalDocs)
      // Review bookkeeping as staff see it (readers may not be shown every workflow field).
      for (const doc of all.docs) {
        expect(doc.workflowStatus, `${collection} ${doc.id}`).toBe('published')
        expect(doc.reviewedBy).toBe('Dr Demo Reviewer, MD, Psychiatrist')
        expect(doc.workflowHistory?.map((step) => step.to).slice(-3)).toEqual(['in-review', 'approved', 'published'])
      }
    }
  })

  it('publishes the Spanish demo content, reviewed in Spanish, with the Spanish crisis help', async () => {
    const spanish = { articles: spanishArticles, conditions: spanishConditions, contraindications: spanishContraindications } as const
    for (const [collection, texts] of Object.entries(spanish) as [keyof typeof spanish, Record<string, unknown>][]) {
      const docs = (await payload.find({ collection, limit: 100, depth: 0, overrideAccess: false, locale: 'es', fallbackLocale: false })).docs
      const translated = docs.filter((doc) => doc.slug in texts)
      expect(translated.length, collection).toBe(Object.keys(texts).length)
      for (const doc of translated) {
        expect(doc.translation?.reviewedBy, `${collection} ${doc.slug}`).toBe('Dr Demo Reviewer, MD, Psychiatrist')
        expect('title' in doc ? doc.title : doc.name).toBe((texts[doc.slug] as { title?: string; name?: string }).title ?? (texts[doc.slug] as { name: string }).name)
      }
    }
    expect(Object.keys(spanishArticles).length).toBeGreaterThanOrEqual(5)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'es', fallbackLocale: false, depth: 0 })
    expect(settings.crisisHelp?.text).toBe(spanishSiteSettings.crisisHelp.text)
    expect(settings.crisisHelp?.lines?.map((line) => line.label)).toEqual(spanishSiteSettings.crisisHelp.lineLabels)
    expect(settings.crisisHelp?.lines?.map((line) => line.contact)).toEqual(['988', '911'])
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

  it('gives a fresh database the demo site settings and working demo logins', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.siteName).toBe('Ketamine Therapy Guide')
    expect(settings.crisisHelp.lines?.map((line) => line.contact)).toEqual(['988', '911'])
    for (const email of ['admin@example.com', 'editor@example.com', 'reviewer@example.com']) {
      expect((await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).user?.email).toBe(email)
    }
  })
})

describe('seeding again', () => {
  it('adds nothing and changes nothing, not even what an admin changed since', async () => {
    const user = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]!
    const admin = { user: { ...(await user('admin@example.com')), collection: 'users' as const }, overrideAccess: false }
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Lakeside Clinic', crisisHelp: { text: 'Call us, day or night.', lines: [{ label: 'Clinic crisis line', contact: '555 0100', href: 'tel:5550100' }] } },
      ...admin,
    })
    const [citation] = (await payload.find({ collection: 'citations', where: { title: { equals: demoCitations[0]!.title } }, depth: 0 })).docs
    await payload.update({ collection: 'citations', id: citation!.id, data: { pages: '351-4', journal: 'Biological Psychiatry' }, draft: true, depth: 0, ...admin })
    const [article] = (await payload.find({ collection: 'articles', where: { slug: { equals: demoArticles[0]!.slug } }, depth: 0 })).docs
    await payload.update({ collection: 'articles', id: article!.id, data: { summary: 'Rewritten by the clinic.' }, draft: true, depth: 0, ...admin })
    await payload.update({ collection: 'users', id: (await user('editor@example.com')).id, data: { name: 'Clinic Editor' }, depth: 0, ...admin })

    // Without a password, not a single row changes.
    const before = await digest()
    await seed(payload, { log: () => {} })
    expect(await digest()).toEqual(before)

    // With one, only the demo logins' passwords are set (which, as any password change, ends their
    // sessions): same accounts, same content, same settings.
    const accounts = async () =>
      (await payload.find({ collection: 'users', sort: 'id', depth: 0 })).docs.map(({ updatedAt: _u, sessions: _s, ...account }) => account)
    const accountsBefore = await accounts()
    await seed(payload, { loginPassword: 'a-new-demo-password', log: () => {} })
    expect(await digest(['users', 'users_roles', 'users_sessions'])).toEqual(
      Object.fromEntries(Object.entries(before).filter(([table]) => !table.startsWith('users'))),
    )
    expect(await accounts()).toEqual(accountsBefore)

    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.siteName).toBe('Lakeside Clinic')
    expect(settings.crisisHelp.lines?.map((line) => line.contact)).toEqual(['555 0100'])
    const citationNow = await payload.findByID({ collection: 'citations', id: citation!.id, draft: true, depth: 0 })
    expect([citationNow.pages, citationNow.journal]).toEqual(['351-4', 'Biological Psychiatry'])
    expect((await payload.findByID({ collection: 'articles', id: article!.id, draft: true, depth: 0 })).summary).toBe('Rewritten by the clinic.')
    expect((await user('editor@example.com')).name).toBe('Clinic Editor')
    for (const email of ['admin@example.com', 'editor@example.com', 'reviewer@example.com']) {
      expect((await payload.login({ collection: 'users', data: { email, password: 'a-new-demo-password' } })).user?.email).toBe(email)
    }
  }, 180_000)
})

describe('migrations on a database that holds content', () => {
  /** Every row of every table, as JSON objects. */
  async function allRows(): Promise<Record<string, Record<string, unknown>[]>> {
    const tables = (await pool().query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'payload_migrations'")).rows
    const result: Record<string, Record<string, unknown>[]> = {}
    for (const { name } of tables) result[name] = (await pool().query<{ r: Record<string, unknown> }>(`SELECT to_jsonb(t) AS r FROM "${name}" t`)).rows.map((row) => row.r)
    return result
  }

  /** Each table's columns in the current schema. */
  async function schemaColumns(): Promise<Map<string, string[]>> {
    const columns = new Map<string, string[]>()
    const { rows } = await pool().query<{ table: string; column: string }>(
      // Generated columns (the search vectors) are computed from the others, not data a migration could lose.
      "SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'payload_migrations' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position",
    )
    for (const { table, column } of rows) columns.set(table, [...(columns.get(table) ?? []), column])
    return columns
  }

  /** The rows limited to the columns of a schema, sorted, so two states can be compared where both have data. */
  const projected = (rows: Record<string, Record<string, unknown>[]>, schema: Map<string, string[]>) =>
    Object.fromEntries(
      [...schema].map(([table, columns]) => [
        table,
        (rows[table] ?? []).map((row) => JSON.stringify(columns.map((column) => row[column] ?? null))).sort(),
      ]),
    )

  it('undoing and re-applying the latest migration loses nothing the earlier schema held', async () => {
    const before = await allRows()
    const latestSchema = await schemaColumns()
    const latest = migrations.at(-1)!
    const req = await createLocalReq({}, payload)
    const db = (payload.db as unknown as { drizzle: unknown }).drizzle
    await latest.down({ db, payload, req } as never)
    // What both schemas hold: its data must survive the way down and back up. (A column the migration
    // replaces, e.g. one code per column becoming rows of codes, is moved by the migration's own SQL.)
    const earlier = new Map<string, string[]>()
    for (const [table, columns] of await schemaColumns()) {
      const shared = columns.filter((column) => latestSchema.get(table)?.includes(column))
      if (shared.length) earlier.set(table, shared)
    }
    const down = await allRows()
    expect(projected(down, earlier)).toEqual(projected(before, earlier))
    await pool().query('DELETE FROM payload_migrations WHERE name = $1', [latest.name])
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    expect((await pool().query('SELECT 1 FROM payload_migrations WHERE name = $1', [latest.name])).rowCount).toBe(1)
    expect(projected(await allRows(), earlier)).toEqual(projected(before, earlier))
  })
})
