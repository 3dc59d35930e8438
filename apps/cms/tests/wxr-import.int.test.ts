import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { importPosts, type ImportFile, type ImportReport } from '../src/import/importPosts'
import { conditionData } from './support/payload'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/post-import/corpus')
/** A WordPress export written for the corpus: 3 published posts, a page, 2 attachments, a draft and a menu item. */
const wordpressExport = (): ImportFile => ({ name: 'harbormind.WordPress.xml', bytes: readFileSync(path.join(corpus, 'wordpress-export.xml')) })

const ok = (report: ImportReport | undefined) => {
  if (!report?.ok) throw new Error(`Import failed: ${JSON.stringify(report)}`)
  return report
}

async function setUp() {
  const alcohol = await fresh.payload.create({ collection: 'conditions', data: conditionData({ name: 'Alcohol use disorder', _status: 'draft' }), draft: true, overrideAccess: true })
  const ana = await fresh.payload.create({ collection: 'users', data: { email: 'ana@harbormind.example', name: 'Dr. Ana Ruiz', roles: ['editor'], password: 'a-long-test-password' } })
  return { alcohol, ana }
}

const articles = async () => (await fresh.payload.find({ collection: 'articles', draft: true, depth: 0, limit: 50, overrideAccess: true })).docs

describe('whole-blog exports (WXR)', () => {
  it('imports every published post once, with author, conditions and old address; a second run changes nothing; publishing answers the old address', async () => {
    const { alcohol, ana } = await setUp()
    const first = await importPosts(fresh.payload, [wordpressExport()], { actor: fresh.users.editor })
    expect(first.exports).toHaveLength(1)
    expect(first.exports[0]).toMatchObject({ posts: 3, skipped: { pages: 1, attachments: 2, drafts: 1, other: 1 } })
    expect(first.reports.map((report) => ok(report).action)).toEqual(['created', 'created', 'created'])

    const research = ok(first.reports.find((report) => report.ok && report.title.startsWith('Ketamine and Alcohol Use Disorder')))
    expect(research.author).toEqual({ original: 'Dr. Ana Ruiz', userId: ana.id, userName: 'Dr. Ana Ruiz' })
    expect(research.conditionFindings).toEqual([expect.objectContaining({ id: alcohol.id, confidence: 'strong', linked: true })])
    const draft = await fresh.payload.findByID({ collection: 'articles', id: research.articleId!, draft: true, depth: 0, overrideAccess: true })
    expect(draft).toMatchObject({ slug: 'ketamine-alcohol-research', author: ana.id, conditions: [alcohol.id], _status: 'draft' })
    expect(draft.importSource).toMatchObject({ originalUrl: 'https://harbormind.example/2023/10/ketamine-alcohol-research/', originalAuthor: 'Dr. Ana Ruiz', originalPublishedAt: '2023-10-16' })
    // A post by someone without an account keeps the original author only.
    const home = ok(first.reports.find((report) => report.ok && report.title === 'Coming Home After a Session'))
    expect(home.author).toEqual({ original: 'Jordan Ellery', userId: null, userName: null })

    const again = await importPosts(fresh.payload, [wordpressExport()], { actor: fresh.users.editor })
    expect(again.reports.map((report) => ok(report).action)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(await articles()).toHaveLength(3)

    // Reviewed and published: the old address now answers with the article.
    const { editor, reviewer } = fresh.users
    await fresh.payload.update({ collection: 'articles', id: draft.id, data: { audience: 'clinicians', workflowStatus: 'in-review' }, draft: true, ...as(editor) })
    await fresh.payload.update({ collection: 'articles', id: draft.id, data: { workflowStatus: 'approved' }, draft: true, ...as(reviewer) })
    await fresh.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, ...as(editor) })
    const redirects = await fresh.payload.find({ collection: 'redirects', depth: 0, overrideAccess: true })
    expect(redirects.docs.map((redirect) => [redirect.from, redirect.to, redirect.reason])).toEqual([
      ['/2023/10/ketamine-alcohol-research', '/articles/ketamine-alcohol-research', 'import'],
    ])

    // A third run leaves the published article and its redirect as they are.
    const third = await importPosts(fresh.payload, [wordpressExport()], { actor: fresh.users.editor })
    expect(third.reports.map((report) => ok(report).action)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect((await fresh.payload.count({ collection: 'redirects', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('follows the editor’s choices from the preview: posts left out, titles and conditions fixed', async () => {
    const { alcohol } = await setUp()
    const preview = await importPosts(fresh.payload, [wordpressExport()], { dryRun: true, actor: fresh.users.editor })
    expect(preview.reports.map((report) => ok(report).action)).toEqual(['would-create', 'would-create', 'would-create'])
    expect(await articles()).toHaveLength(0)
    const [home, research, questions] = preview.reports.map(ok)
    const result = await importPosts(fresh.payload, [wordpressExport()], {
      actor: fresh.users.editor,
      choices: {
        [home!.sourceKey]: { include: false },
        [research!.sourceKey]: { title: 'Alcohol use disorder: what the research says', conditions: [] },
        [questions!.sourceKey]: { conditions: [alcohol.id] },
      },
    })
    expect(result.reports.map((report) => ok(report).action)).toEqual(['skipped', 'created', 'created'])
    const saved = await articles()
    expect(saved.map((article) => article.title).sort()).toEqual(['Alcohol use disorder: what the research says', questions!.title].sort())
    expect(saved.find((article) => article.title.startsWith('Alcohol'))!.conditions).toEqual([])
    expect(saved.find((article) => article.title === questions!.title)!.conditions).toEqual([alcohol.id])
    // The same choices again: nothing to write.
    const again = await importPosts(fresh.payload, [wordpressExport()], {
      actor: fresh.users.editor,
      choices: { [research!.sourceKey]: { title: 'Alcohol use disorder: what the research says', conditions: [] } },
    })
    expect(ok(again.reports[1]).action).toBe('unchanged')
  })

  it('marks a post without a title, with suggestions, and says why a broken export imports nothing', async () => {
    const noTitle = { name: 'text-no-title.txt', bytes: readFileSync(path.join(corpus, 'text-no-title.txt')) }
    const broken = { name: 'broken.xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><rss><channel><item>') }
    const { reports } = await importPosts(fresh.payload, [noTitle, broken], { actor: fresh.users.editor })
    const untitled = ok(reports[0])
    expect(untitled.titleNeeded).toBe(true)
    expect(untitled.title).toMatch(/^Needs a title: /)
    expect(untitled.titleSuggestions.length).toBeGreaterThan(0)
    const draft = await fresh.payload.findByID({ collection: 'articles', id: untitled.articleId!, draft: true, depth: 0, overrideAccess: true })
    expect(JSON.stringify(draft.body)).toContain('no title was found in the post')
    expect(reports[1]).toMatchObject({ ok: false, error: expect.stringMatching(/not well-formed XML/) })
  })
})
