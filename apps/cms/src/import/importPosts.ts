import { isValidDoi, isValidPmid, normalizeDoi, slugify } from '@kat/domain'
import { blocksToText, decodeSource, findConditionMentions, parsePost, type ParsedPost, type SourceEntry } from '@kat/post-import'
import type { Article, User } from '@kat/cms-types'
import type { Payload, PayloadRequest } from 'payload'

import { markdownToRichText } from '../richText/fromMarkdown'

export type ImportFile = { name: string; bytes: Uint8Array }

export type SourceOutcome = { title: string; doi: string | null; pmid: string | null; match: 'doi' | 'pmid' | 'title' | 'created' | 'would-create' | 'skipped'; citationId?: number }

export type ImportReport =
  | { file: string; ok: false; error: string }
  | {
      file: string
      ok: true
      action: 'created' | 'updated' | 'unchanged' | 'new-draft-of-published' | 'would-create' | 'would-update'
      articleId: number | null
      title: string
      slug: string
      format: ParsedPost['format']
      summary: string
      conditions: string[]
      headings: string[]
      lists: number
      paragraphs: number
      sources: SourceOutcome[]
      disclaimerFound: boolean
      metadata: ParsedPost['metadata']
      removed: string[]
      splits: string[]
      warnings: string[]
    }

type Options = {
  dryRun?: boolean
  /** The editor importing from the admin: their access applies. */
  req?: PayloadRequest
  /** From the command line: the account the drafts are recorded as edited by (access is not checked). */
  actor?: User
}

/**
 * Imports clinic blog posts as draft articles: parsed by @kat/post-import, body converted with Payload's
 * Markdown converter, conditions detected from names and synonyms, sources matched to citations by DOI,
 * PMID or title (else created as drafts). A repeated import updates the same draft and never touches a
 * published version. One file's failure never stops the others.
 */
export async function importPosts(payload: Payload, files: ImportFile[], options: Options = {}): Promise<ImportReport[]> {
  const access: Access = options.req
    ? { req: options.req, overrideAccess: false, user: options.req.user ?? undefined }
    : { overrideAccess: true, user: options.actor ? { ...options.actor, collection: 'users' as const } : undefined }
  const conditions = await payload.find({ collection: 'conditions', limit: 500, depth: 0, draft: true, pagination: false, overrideAccess: true })
  const conditionTerms = conditions.docs.map((condition) => ({
    key: { id: condition.id, name: condition.name },
    terms: [condition.name, ...(condition.alsoKnownAs ?? [])],
  }))

  const reports: ImportReport[] = []
  for (const file of files) {
    const decoded = decodeSource(file)
    if (!decoded.ok) {
      reports.push({ file: file.name, ok: false, error: decoded.error })
      continue
    }
    try {
      reports.push(await importOne(payload, file.name, parsePost({ name: file.name, text: decoded.text, format: decoded.format }), conditionTerms, options, access))
    } catch (error) {
      reports.push({ file: file.name, ok: false, error: `${file.name}: ${describe(error)}` })
    }
  }
  return reports
}

type Access = { req?: PayloadRequest; overrideAccess: boolean; user?: PayloadRequest['user'] }
type ConditionTerm = { key: { id: number; name: string }; terms: string[] }

async function importOne(payload: Payload, fileName: string, post: ParsedPost, conditionTerms: ConditionTerm[], options: Options, access: Access): Promise<ImportReport> {
  const text = `${post.title}\n${blocksToText(post.blocks)}`
  // Weak mentions (part of a term only) are for an editor to confirm; only strong ones are linked.
  const conditions = findConditionMentions(text, conditionTerms)
    .filter((mention) => mention.confidence === 'strong')
    .map((mention) => mention.key)
  const sources: SourceOutcome[] = []
  for (const source of post.sources) sources.push(await matchCitation(payload, source, Boolean(options.dryRun), access))

  const existing = (
    await payload.find({ collection: 'articles', where: { 'importSource.key': { equals: post.sourceKey } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
  ).docs[0]
  const summary = post.summary ?? (blocksToText(post.blocks).slice(0, 297).replace(/\s+\S*$/, '') + '…')
  const base = {
    file: fileName,
    ok: true as const,
    title: post.title,
    format: post.format,
    summary,
    conditions: conditions.map((condition) => condition.name),
    headings: post.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
    lists: post.blocks.filter((block) => block.type === 'list').length,
    paragraphs: post.blocks.filter((block) => block.type === 'paragraph').length,
    sources,
    disclaimerFound: post.disclaimer !== null,
    metadata: post.metadata,
    removed: post.removed,
    splits: post.splits,
    warnings: post.warnings,
  }
  if (existing && existing.importSource?.contentHash === post.contentHash) {
    return { ...base, action: 'unchanged', articleId: existing.id, slug: existing.slug }
  }
  if (options.dryRun) {
    return { ...base, action: existing ? 'would-update' : 'would-create', articleId: existing?.id ?? null, slug: existing?.slug ?? (await freeSlug(payload, post.title)) }
  }

  const data = {
    title: post.title,
    summary,
    body: markdownToRichText(payload, post.markdown || post.title),
    conditions: conditions.map((condition) => condition.id),
    citations: sources.flatMap((source) => (source.citationId ? [source.citationId] : [])),
    importSource: {
      key: post.sourceKey,
      contentHash: post.contentHash,
      fileName,
      importedAt: new Date().toISOString(),
      originalAuthor: post.metadata.author,
      originalPublishedAt: post.metadata.publishedAt,
      categories: post.metadata.categories.join(', ') || null,
    },
  } satisfies Partial<Article>

  if (!existing) {
    const created = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...data, slug: await freeSlug(payload, post.title), audience: 'patients', workflowStatus: 'draft', _status: 'draft' },
      ...access,
    })
    return { ...base, action: 'created', articleId: created.id, slug: created.slug }
  }
  // A published article keeps its live version: the import becomes a new draft version beside it.
  const published = existing._status === 'published'
  // The workflow sends edited approved or published content back (to review, or to a new draft) by itself.
  const updated = await payload.update({ collection: 'articles', id: existing.id, draft: true, data, ...access })
  return { ...base, action: published ? 'new-draft-of-published' : 'updated', articleId: updated.id, slug: updated.slug }
}

/** An existing citation with the same DOI, PMID or title; else a new draft citation (none in a dry run). */
async function matchCitation(payload: Payload, source: SourceEntry, dryRun: boolean, access: Access): Promise<SourceOutcome> {
  const doi = source.doi && isValidDoi(source.doi) ? normalizeDoi(source.doi) : null
  const pmid = source.pmid && isValidPmid(source.pmid) ? source.pmid.trim() : null
  const title = (source.title ?? source.raw).trim().slice(0, 500)
  const outcome = { title, doi, pmid }
  const find = async (where: Record<string, unknown>) =>
    (await payload.find({ collection: 'citations', where: where as never, limit: 1, depth: 0, draft: true, overrideAccess: true })).docs[0]?.id
  for (const [match, where] of [
    ['doi', doi ? { doi: { equals: doi } } : null],
    ['pmid', pmid ? { pmid: { equals: pmid } } : null],
    ['title', title ? { title: { like: title } } : null],
  ] as const) {
    if (!where) continue
    const id = await find(where)
    if (id !== undefined) return { ...outcome, match, citationId: id }
  }
  if (!title) return { ...outcome, match: 'skipped' }
  if (dryRun) return { ...outcome, match: 'would-create' }
  const created = await payload.create({
    collection: 'citations',
    draft: true,
    data: {
      type: doi || pmid ? 'journal-article' : 'web-page',
      title,
      doi,
      pmid,
      url: source.url,
      authors: source.authors,
      journal: source.journal,
      year: source.year,
      _status: 'draft',
    },
    ...access,
  })
  return { ...outcome, match: 'created', citationId: created.id }
}

/** The title's slug, or with -2, -3… when another article (draft or published) has it. */
async function freeSlug(payload: Payload, title: string): Promise<string> {
  const base = slugify(title).slice(0, 100).replace(/-+$/, '') || 'imported-post'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const taken = await payload.count({ collection: 'articles', where: { slug: { equals: slug } }, overrideAccess: true })
    if (taken.totalDocs === 0) return slug
  }
}

function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')
  return error instanceof Error ? error.message : String(error)
}
