import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importPosts, type ImportReport } from '../src/import/importPosts'
import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { expectFieldError } from './support/errors'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { createRequiredDisclaimer, createTestUsers, type TestUsers } from './support/users'

/** The per-post reports of an import. */
const importReports = async (...args: Parameters<typeof importPosts>) => (await importPosts(...args)).reports

/** Posts in the three shapes editors bring, written for these tests. */
const TEXT_POST = `Living With Chronic Pain: What Ketamine Care Looks Like

Many people with chronic pain have tried several treatments before they hear about ketamine. This post explains what a course of care can involve.

What Happens at a Visit

A nurse checks your blood pressure before and during each session.

  • Before: a short health check
  • During: quiet rest with monitoring
  • After: someone drives you home

Disclaimer

This post is general information and not medical advice. Ask your own clinician.

Sources

Ketamine infusions for chronic pain: a narrative review. doi:10.5555/kpain.2020.118 (view article)

Previous
Previous

Our Clinic Opens a Second Location

Next
Next

Understanding PTSD Treatment OptionsFollow us`

const HTML_POST = `<!doctype html><html><head><title>Depression and Ketamine | Example Clinic</title>
<meta name="author" content="Dana Whitfield"><meta property="article:published_time" content="2024-03-05"></head>
<body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><article><h1>Depression and Ketamine</h1>
<p>Treatment-resistant depression means two or more antidepressants have not helped enough.</p>
<h2>What the research says</h2><ul><li>Effects can start within hours.</li><li>They often fade within a week or two.</li></ul>
<p>Read the <a href="https://example.org/guide">patient guide</a> or <a href="javascript:alert(1)">click here</a>.</p>
<div class="share-buttons">Share on Facebook</div></article><footer>© Example Clinic</footer></body></html>`

const MARKDOWN_POST = `---
title: Questions About Esketamine Nasal Spray
author: Sam Ortiz
date: 2023-11-20
categories: [Treatments, Depression]
---

# Questions About Esketamine Nasal Spray

Esketamine is a nasal spray given in a clinic for depression that has not improved with other medicines.

## Who can have it

Your psychiatrist decides with you, after checking your blood pressure history.

## References

- Example A, Example B. A trial of nasal esketamine. Example J Psychiatry. 2019;1(2):3-4. doi:10.5555/ejp.2019.77
`

const SPANISH_POST = `# Vivir con dolor crónico: qué esperar del tratamiento con ketamina

Muchas personas con dolor crónico han probado varios tratamientos antes de oír hablar de la ketamina. Aquí le contamos cómo puede ser el cuidado.

## Qué pasa en cada visita

Una enfermera revisa su presión arterial antes y durante cada sesión. Después, otra persona debe llevarlo a casa.
`

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) })
const ok = (report: ImportReport | undefined) => {
  if (!report?.ok) throw new Error(`Import failed: ${JSON.stringify(report)}`)
  return report
}

let payload: Payload
let users: TestUsers
let existingCitation: number

beforeAll(async () => {
  payload = await getTestPayload()
  await resetCollections(payload, 'articles', 'conditions', 'citations', 'disclaimers', 'redirects', 'users')
  users = await createTestUsers(payload)
  await createRequiredDisclaimer(payload, users)
  for (const condition of [
    conditionData({ name: 'Chronic pain' }),
    conditionData({ name: 'Treatment-resistant depression', alsoKnownAs: ['TRD'] }),
    conditionData({ name: 'Post-traumatic stress disorder', alsoKnownAs: ['PTSD'] }),
    conditionData({ name: 'Eating disorders' }),
  ]) {
    await payload.create({ collection: 'conditions', data: condition })
  }
  existingCitation = (
    await publishThroughWorkflow(payload, 'citations', { type: 'journal-article', title: 'Nasal esketamine trial', doi: '10.5555/ejp.2019.77' }, users)
  ).id
}, 120_000)

describe('importing clinic posts', () => {
  it('turns text, HTML and Markdown posts into draft articles with structure, conditions, sources and metadata', async () => {
    const [text, html, markdown] = (await importReports(payload, [file('pain.txt', TEXT_POST), file('depression.html', HTML_POST), file('esketamine.md', MARKDOWN_POST)])).map(ok)

    expect(text).toMatchObject({ action: 'created', format: 'text', title: 'Living With Chronic Pain: What Ketamine Care Looks Like', disclaimerFound: true, lists: 1 })
    expect(text!.conditions).toEqual(['Chronic pain'])
    expect(text!.headings).toEqual(['What Happens at a Visit'])
    expect(text!.sources).toEqual([expect.objectContaining({ doi: '10.5555/kpain.2020.118', match: 'created' })])
    expect(text!.removed).toEqual(expect.arrayContaining(['Previous', 'Next', 'Our Clinic Opens a Second Location']))

    const article = await payload.findByID({ collection: 'articles', id: text!.articleId!, draft: true, depth: 0 })
    expect(article).toMatchObject({ _status: 'draft', workflowStatus: 'draft', slug: 'living-with-chronic-pain-what-ketamine-care-looks-like' })
    expect(article.summary).toMatch(/^Many people with chronic pain/)
    const body = JSON.stringify(article.body)
    expect(body).toContain('"type":"heading"')
    expect(body).toContain('"type":"list"')
    expect(body).not.toContain('general information and not medical advice')
    expect(body).not.toContain('Follow us')
    expect(article.disclaimers?.length).toBeGreaterThan(0)
    const citation = await payload.findByID({ collection: 'citations', id: (article.citations as number[])[0]!, draft: true })
    expect(citation).toMatchObject({ _status: 'draft', doi: '10.5555/kpain.2020.118' })

    expect(html).toMatchObject({ action: 'created', format: 'html', title: 'Depression and Ketamine', metadata: { author: 'Dana Whitfield', publishedAt: '2024-03-05' } })
    expect(html!.conditions).toEqual(['Treatment-resistant depression'])
    expect(html!.warnings.join(' ')).toMatch(/unsafe/i)
    const htmlBody = JSON.stringify((await payload.findByID({ collection: 'articles', id: html!.articleId!, draft: true })).body)
    expect(htmlBody).toContain('https://example.org/guide')
    expect(htmlBody).not.toContain('javascript:')
    expect(htmlBody).not.toContain('Share on Facebook')

    expect(markdown).toMatchObject({ action: 'created', format: 'markdown', title: 'Questions About Esketamine Nasal Spray', metadata: { author: 'Sam Ortiz', categories: ['Treatments', 'Depression'] } })
    expect(markdown!.sources).toEqual([expect.objectContaining({ match: 'doi', citationId: existingCitation })])
  })

  it('imports a Spanish post as the Spanish text of its draft, finds conditions by their Spanish names, and publishes it only beside an English text', async () => {
    const pain = (await payload.find({ collection: 'conditions', where: { slug: { equals: 'chronic-pain' } }, depth: 0 })).docs[0]!
    await payload.update({ collection: 'conditions', id: pain.id, locale: 'es', data: { name: 'Dolor crónico', summary: 'Dolor que dura meses.' } })
    const report = ok((await importReports(payload, [file('dolor.md', SPANISH_POST)], { actor: users.editor }))[0])
    expect(report).toMatchObject({ action: 'created', language: 'es', readability: { formula: 'fernandez-huerta' } })
    expect(report.readability.score).toBeGreaterThan(0)
    expect(report.conditions).toEqual(['Chronic pain'])

    const read = (locale: 'en' | 'es') =>
      payload.findByID({ collection: 'articles', id: report.articleId!, draft: true, depth: 0, locale, fallbackLocale: false })
    expect((await read('es')).title).toBe('Vivir con dolor crónico: qué esperar del tratamiento con ketamina')
    expect((await read('en')).title ?? null).toBeNull()

    const editor = { user: { ...users.editor, collection: 'users' as const }, overrideAccess: false }
    const reviewer = { user: { ...users.reviewer, collection: 'users' as const }, overrideAccess: false }
    const id = report.articleId!
    await payload.update({ collection: 'articles', id, locale: 'es', draft: true, data: { workflowStatus: 'in-review' }, ...editor })
    await payload.update({ collection: 'articles', id, locale: 'es', draft: true, data: { workflowStatus: 'approved' }, ...reviewer })
    await expectFieldError(payload.update({ collection: 'articles', id, locale: 'es', data: { _status: 'published' }, ...editor }), 'title', /English/)
  })

  it('updates the same draft on a repeat import, never duplicates, and reports an unchanged post as such', async () => {
    const before = await payload.count({ collection: 'articles' })
    const again = ok((await importReports(payload, [file('pain.txt', TEXT_POST)]))[0])
    expect(again.action).toBe('unchanged')
    const edited = ok((await importReports(payload, [file('pain-copy.txt', TEXT_POST.replace('A nurse checks', 'A trained nurse checks'))]))[0])
    expect(edited.action).toBe('updated')
    expect(edited.articleId).toBe(again.articleId)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
    // The source matched the citation created by the first import, by DOI.
    expect(edited.sources[0]).toMatchObject({ match: 'doi' })
  })

  it('never overwrites a published article: a re-import becomes a new draft version beside it', async () => {
    const first = ok((await importReports(payload, [file('esketamine.md', MARKDOWN_POST)]))[0])
    // Reviewed and published through the workflow, as an editor would after the import.
    const asUser = (user: TestUsers['editor']) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false, draft: true, depth: 0 })
    await payload.update({ collection: 'articles', id: first.articleId!, data: { audience: 'clinicians', workflowStatus: 'in-review' }, ...asUser(users.editor) })
    await payload.update({ collection: 'articles', id: first.articleId!, data: { workflowStatus: 'approved' }, ...asUser(users.reviewer) })
    await payload.update({ collection: 'articles', id: first.articleId!, data: { _status: 'published' }, ...asUser(users.editor), draft: false })
    const liveTitle = (await payload.findByID({ collection: 'articles', id: first.articleId!, depth: 0 })).title

    const reimported = ok((await importReports(payload, [file('esketamine.md', MARKDOWN_POST.replace('Your psychiatrist decides', 'Your care team decides'))], { actor: users.editor }))[0])
    expect(reimported.action).toBe('new-draft-of-published')
    const live = await payload.findByID({ collection: 'articles', id: first.articleId!, depth: 0 })
    expect(live._status).toBe('published')
    expect(live.title).toBe(liveTitle)
    expect(JSON.stringify(live.body)).toContain('Your psychiatrist decides')
    const draft = await payload.findByID({ collection: 'articles', id: first.articleId!, draft: true, depth: 0 })
    expect(JSON.stringify(draft.body)).toContain('Your care team decides')
  })

  it('reports unreadable files clearly and still imports the others', async () => {
    const invalidUtf8 = { name: 'latin1.txt', bytes: new Uint8Array([0x54, 0x68, 0xe9, 0x20, 0x70, 0x6f, 0x73, 0x74]) }
    const binary = { name: 'image.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]) }
    const reports = await importReports(payload, [file('empty.txt', '   \n'), invalidUtf8, binary, file('ptsd.txt', TEXT_POST.replace('Living With Chronic Pain', 'Living With PTSD'))])
    expect(reports.slice(0, 3).map((report) => report.ok)).toEqual([false, false, false])
    for (const report of reports.slice(0, 3)) expect(report.ok ? '' : report.error).toMatch(/empty|UTF-8|binary/i)
    expect(ok(reports[3]).action).toBe('created')
  })

  it('a dry run writes nothing', async () => {
    const before = { articles: (await payload.count({ collection: 'articles' })).totalDocs, citations: (await payload.count({ collection: 'citations' })).totalDocs }
    const report = ok((await importReports(payload, [file('new.txt', TEXT_POST.replace('Living With Chronic Pain', 'Brand New Post'))], { dryRun: true }))[0])
    expect(report.action).toBe('would-create')
    expect(report.sources[0]?.match).toBe('doi')
    expect({ articles: (await payload.count({ collection: 'articles' })).totalDocs, citations: (await payload.count({ collection: 'citations' })).totalDocs }).toEqual(before)
  })
})
