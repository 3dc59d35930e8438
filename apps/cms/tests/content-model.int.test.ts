import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { expectFieldError } from './support/errors'
import { link, paragraph, richText } from './support/lexical'
import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { createRequiredDisclaimer, createTestUsers, type TestUsers } from './support/users'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

let users: TestUsers

beforeEach(async () => {
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'users')
  users = await createTestUsers(payload)
})

const citation = (overrides: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'citations',
    data: { type: 'journal-article', title: 'Antidepressant effects of ketamine in depressed patients', ...overrides },
  })

describe('citations', () => {
  it('stores the bare DOI whatever form was pasted, and the AMA text', async () => {
    const created = await citation({
      authors: 'Berman RM; Cappiello A; Anand A; Oren DA; Heninger GR; Charney DS; Krystal JH',
      journal: 'Biol Psychiatry',
      year: 2000,
      volume: '47',
      issue: '4',
      pages: '351-354',
      doi: 'https://doi.org/10.1016/S0006-3223(99)00230-9',
      pmid: '10686270',
    })
    expect(created.doi).toBe('10.1016/S0006-3223(99)00230-9')
    expect(created.formatted).toBe(
      'Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354. doi:10.1016/S0006-3223(99)00230-9',
    )
    // A save that sends one field keeps the rest of the reference.
    const edited = await payload.update({ collection: 'citations', id: created.id, data: { pages: '351-355' }, draft: true, depth: 0 })
    expect(edited.formatted).toBe(
      'Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-355. doi:10.1016/S0006-3223(99)00230-9',
    )
  })

  it.each([
    [{ doi: '11.1000/abc' }, 'doi', /DOI: must look like 10\./],
    [{ pmid: 'PMID 123' }, 'pmid', /PMID: digits only/],
    [{ url: 'javascript:alert(1)' }, 'url', /URL: use a full http/],
    [{ url: 'data:text/html,<script>alert(1)</script>' }, 'url', /URL: use a full http/],
  ])('rejects %j with a message naming the field', async (data, path, message) => {
    await expectFieldError(citation(data), path, message)
    expect((await payload.count({ collection: 'citations' })).totalDocs).toBe(0)
  })
})

describe('validation across collections', () => {
  it('rejects a duplicate slug', async () => {
    await payload.create({ collection: 'conditions', data: conditionData({ name: 'Chronic pain' }) })
    await expectFieldError(payload.create({ collection: 'conditions', data: conditionData({ name: 'Chronic pain' }) }), 'slug', /unique/i)
  })

  it('rejects a summary over 300 characters', async () => {
    await expectFieldError(
      payload.create({ collection: 'conditions', data: conditionData({ name: 'Long', summary: 'x'.repeat(301) }) }),
      'summary',
      /300/,
    )
  })

  it('rejects a javascript: link inside rich text', async () => {
    await expectFieldError(
      payload.create({
        collection: 'articles',
        data: {
          title: 'Unsafe link',
          slug: 'unsafe-link',
          summary: 'Has a script link.',
          audience: 'patients',
          body: richText(paragraph('Read ', link('javascript:alert(document.cookie)', 'this'), '.')),
        },
      }),
      'body',
      /link node failed to validate/i,
    )
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(0)
  })

  it('accepts safe links inside rich text', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Safe links',
        slug: 'safe-links',
        summary: 'Has good links.',
        audience: 'patients',
        body: richText(paragraph(link('https://pubmed.ncbi.nlm.nih.gov/10686270/', 'the study'), ' and ', link('/conditions/ptsd', 'PTSD'))),
      },
    })
    expect(article.id).toBeDefined()
  })

  it('rejects malformed diagnosis codes, each on its row, and stores ICD-10-CM as health records send it', async () => {
    const coded = (codes: { system: 'icd10cm' | 'snomedct'; code: string }[]) =>
      payload.create({ collection: 'conditions', data: conditionData({ name: `Coded ${codes.length}`, codes }) })
    await expectFieldError(coded([{ system: 'icd10cm', code: 'depression' }]), 'codes.0.code', /"depression" is not an ICD-10-CM code/)
    await expectFieldError(coded([{ system: 'icd10cm', code: 'F33' }, { system: 'snomedct', code: '47505004' }]), 'codes.1.code', /not a SNOMED CT concept id/)
    await expectFieldError(coded([{ system: 'icd10cm', code: 'F33.1' }, { system: 'icd10cm', code: 'f331' }]), 'codes', /ICD-10-CM F33.1 is listed twice/)
    const saved = await coded([{ system: 'icd10cm', code: ' f331 ' }, { system: 'snomedct', code: '47505003' }])
    expect(saved.codes!.map(({ system, code }) => [system, code])).toEqual([
      ['icd10cm', 'F33.1'],
      ['snomedct', '47505003'],
    ])
  })
})

describe('media', () => {
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
  const file = { data: png, mimetype: 'image/png', name: 'pixel.png', size: png.length }

  it('requires alt text, with a message naming the field', async () => {
    await expectFieldError(payload.create({ collection: 'media', data: { alt: ' ' }, file }), 'alt', /Alt text: describe the image/)
  })

  it('refuses files that are not images', async () => {
    const text = Buffer.from('<script>alert(1)</script>')
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Not an image' }, file: { data: text, mimetype: 'text/html', name: 'x.html', size: text.length } }),
    ).rejects.toThrow(/file type|not allowed|invalid/i)
  })
})

describe('articles', () => {
  it('computes the Flesch–Kincaid reading grade of the body on save', async () => {
    const easy = 'Ketamine is a medicine. A doctor gives it in a clinic. You rest while it works. A nurse stays with you. You go home with a friend. '
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Easy', slug: 'easy', summary: 'Short words.', audience: 'patients', body: richText(paragraph(easy.repeat(3))) },
    })
    expect(article.readingGrade).toBeTypeOf('number')
    expect(article.readingGrade!).toBeLessThan(6)

    const hard =
      'Pharmacological antagonism of N-methyl-D-aspartate receptors precipitates glutamatergic neurotransmission alterations, consequently facilitating synaptogenesis within prefrontal cortical microcircuitry. '
    const updated = await payload.update({ collection: 'articles', id: article.id, data: { body: richText(paragraph(hard.repeat(3))) } })
    expect(updated.readingGrade!).toBeGreaterThan(12)
  })

  it('attaches the required disclaimers by default', async () => {
    const required = await publishThroughWorkflow(
      payload,
      'disclaimers',
      { title: 'Medical disclaimer', body: 'Not medical advice.', kind: 'medical-advice', required: true, scope: 'all' },
      users,
    )
    await publishThroughWorkflow(
      payload,
      'disclaimers',
      { title: 'Optional', body: 'Only sometimes.', kind: 'off-label', required: false, scope: 'all' },
      users,
    )
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Defaults', slug: 'defaults', summary: 'Gets disclaimers.', audience: 'patients', body: richText(paragraph('Text.')) },
      depth: 0,
    })
    expect(article.disclaimers).toEqual([required.id])
  })
})

describe('portal revalidation', () => {
  type Received = { secret: string | undefined; body: { tags: string[]; paths: string[] }; statusReadThen?: string | null }
  const received: Received[] = []
  /** What the portal would read from the CMS at the moment it is told (outside the save's transaction). */
  let readOnNotice: ((body: Received['body']) => Promise<string | null | undefined>) | undefined
  let server: http.Server
  let previousWebUrl: string | undefined

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', async () => {
        const parsed = JSON.parse(body) as Received['body']
        const statusReadThen = await readOnNotice?.(parsed).catch((error: unknown) => String(error))
        received.push({ secret: req.headers['x-revalidate-secret'] as string | undefined, body: parsed, statusReadThen })
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    previousWebUrl = process.env.WEB_URL
    process.env.WEB_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.REVALIDATE_SECRET = 'test-revalidate-secret'
  })
  afterAll(async () => {
    process.env.WEB_URL = previousWebUrl
    await new Promise((resolve) => server.close(resolve))
  })
  beforeEach(async () => {
    await createRequiredDisclaimer(payload, users)
    received.length = 0
    readOnNotice = undefined
  })

  /** The notices about one condition. */
  const noticesOf = (id: number) => received.filter((notice) => notice.body.tags.includes(`doc:conditions:${id}`))

  /** A condition written by the editor and approved by the reviewer, never published yet. */
  async function approvedDraft(name: string) {
    const draft = await payload.create({
      collection: 'conditions',
      data: conditionData({ name, _status: 'draft', workflowStatus: 'in-review' }),
      draft: true,
      user: { ...users.editor, collection: 'users' },
    })
    await payload.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'approved' }, draft: true, user: { ...users.reviewer, collection: 'users' } })
    return draft
  }

  it('tells the portal only once the publish is committed, so its re-render reads the published data', async () => {
    const draft = await approvedDraft('Committed first')
    readOnNotice = async () => (await payload.findByID({ collection: 'conditions', id: draft.id, depth: 0 }))._status

    await payload.update({ collection: 'conditions', id: draft.id, data: { _status: 'published' }, user: { ...users.editor, collection: 'users' } })
    readOnNotice = undefined
    expect(noticesOf(draft.id).map((notice) => notice.statusReadThen)).toEqual(['published'])
  })

  it('posts the tags and paths of a published change with the secret, and nothing for a draft', async () => {
    const draft = await approvedDraft('Quiet draft')
    expect(noticesOf(draft.id)).toHaveLength(0)

    await payload.update({ collection: 'conditions', id: draft.id, data: { _status: 'published' }, user: { ...users.editor, collection: 'users' } })
    const [notice, ...more] = noticesOf(draft.id)
    // One notice per change (no read replicas here, so no follow-up calls).
    expect(more).toEqual([])
    expect(notice!.secret).toBe('test-revalidate-secret')
    expect(notice!.body.tags).toEqual(['collection:conditions', `doc:conditions:${draft.id}`])
    expect(notice!.body.paths).toContain('/conditions/quiet-draft')

    const beforeDelete = noticesOf(draft.id).length
    await payload.delete({ collection: 'conditions', id: draft.id })
    expect(noticesOf(draft.id).length).toBeGreaterThan(beforeDelete)
  })

  it('with read replicas, tells the portal again after a second: a re-read may have reached a lagging replica', async () => {
    const draft = await approvedDraft('Read from a replica')
    process.env.DATABASE_REPLICA_URLS = 'postgres://kat@replica.example.org:5432/kat'
    try {
      await payload.update({ collection: 'conditions', id: draft.id, data: { _status: 'published' }, user: { ...users.editor, collection: 'users' } })
    } finally {
      delete process.env.DATABASE_REPLICA_URLS
    }
    expect(noticesOf(draft.id)).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const [first, repeat] = noticesOf(draft.id)
    expect(repeat?.body).toEqual(first!.body)
  })

  it('keeps the save when the portal is down', async () => {
    process.env.WEB_URL = 'http://127.0.0.1:9' // discard port: connection refused
    try {
      const saved = await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Saved anyway' }), users)
      expect((await payload.findByID({ collection: 'conditions', id: saved.id })).name).toBe('Saved anyway')
    } finally {
      process.env.WEB_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    }
  })
})

describe('slugs on drafts', () => {
  it('refuses a malformed slug even on a draft save, naming the field', async () => {
    const payload = await getTestPayload()
    await expectFieldError(
      payload.create({ collection: 'conditions', data: { ...conditionData({ name: 'Draft slug probe' }), slug: '<script>alert(1)</script>' }, draft: true }),
      'slug',
      /lowercase letters and digits joined by single hyphens/,
    )
  })
})
