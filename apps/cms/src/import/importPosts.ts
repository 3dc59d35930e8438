import { isValidDoi, isValidPmid, normalizeDoi, slugify } from '@kat/domain'
import {
  blocksToText,
  decodeSource,
  findConditionMentions,
  parsePost,
  parseWxr,
  type HtmlImage,
  type MentionConfidence,
  type ParsedPost,
  type PostLanguage,
  type SourceEntry,
  type WxrItem,
  type WxrResult,
} from '@kat/post-import'
import type { Article, User } from '@kat/cms-types'
import type { Payload, PayloadRequest } from 'payload'

import { readingGrade } from '../collections/Articles/hooks/computeReadingGrade'
import { spanishReadingEase } from '../collections/Articles/spanishReadability'
import type { Readability } from './readability'
import { markdownToRichText } from '../richText/fromMarkdown'

export type ImportFile = { name: string; bytes: Uint8Array }

export type SourceOutcome = { title: string; doi: string | null; pmid: string | null; match: 'doi' | 'pmid' | 'title' | 'created' | 'would-create' | 'skipped'; citationId?: number }

/** A condition the post mentions: linked when the mention is strong (or the editor chose it), else proposed. */
export type ConditionFinding = { id: number; name: string; evidence: string; confidence: MentionConfidence; linked: boolean }

/** What the editor decided for one post in the admin's preview, keyed by its `sourceKey`. */
export type ImportChoice = { include?: boolean; title?: string; conditions?: number[] }

export type ImportAction = 'created' | 'updated' | 'unchanged' | 'new-draft-of-published' | 'would-create' | 'would-update' | 'skipped'

export type ImportReport =
  | { file: string; ok: false; error: string }
  | {
      file: string
      ok: true
      /** Stable identity of the post across imports (its old address, else its title). */
      sourceKey: string
      action: ImportAction
      articleId: number | null
      title: string
      /** No title was found in the post: the draft is titled "Needs a title: …" and says so at the top. */
      titleNeeded: boolean
      titleSuggestions: string[]
      slug: string
      format: ParsedPost['format']
      summary: string
      /** The linked conditions' names. */
      conditions: string[]
      conditionFindings: ConditionFinding[]
      headings: string[]
      outline: { level: number; text: string }[]
      lists: number
      paragraphs: number
      sources: SourceOutcome[]
      disclaimerFound: boolean
      metadata: ParsedPost['metadata']
      /** The post's author as found, and the account it was matched to by name or e-mail, if any. */
      author: { original: string | null; userId: number | null; userName: string | null }
      originalUrl: string | null
      /** The post's language: a Spanish post is imported as the Spanish text of its draft. */
      language: PostLanguage
      /** How hard the text reads, by the formula of its language. */
      readability: Readability
      images: HtmlImage[]
      removed: string[]
      splits: string[]
      warnings: string[]
    }

/** A whole-blog export (WordPress WXR, also Squarespace's): what it held besides the posts imported. */
export type ExportSummary = {
  file: string
  site: WxrResult['site']
  posts: number
  skipped: WxrResult['skipped']
  skippedItems: WxrResult['skippedItems']
  attachments: WxrResult['attachments']
  warnings: string[]
}

export type ImportResult = { reports: ImportReport[]; exports: ExportSummary[] }

type Options = {
  dryRun?: boolean
  /** The editor importing from the admin: their access applies. */
  req?: PayloadRequest
  /** From the command line: the account the drafts are recorded as edited by (access is not checked). */
  actor?: User
  /** The editor's choices from the preview, by `sourceKey`: posts left out, titles and conditions fixed. */
  choices?: Record<string, ImportChoice>
  /** Called after each post, for a progress bar. */
  onProgress?: (done: number, total: number, report: ImportReport) => void
}

/** One post to import: a file of its own, or an item of an export. */
type Unit = { file: string; post: ParsedPost; item?: WxrItem } | { file: string; error: string }

const isExport = (name: string, bytes: Uint8Array) =>
  /\.xml$/i.test(name) || /^\s*<\?xml[^>]*>\s*<rss[^>]*wordpress\.org\/export/i.test(new TextDecoder().decode(bytes.subarray(0, 2048)))

/** The files as posts: each export opened into its published posts. */
function readUnits(files: ImportFile[], exports: ExportSummary[]): Unit[] {
  const units: Unit[] = []
  for (const file of files) {
    if (isExport(file.name, file.bytes)) {
      let xml: string
      try {
        xml = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
      } catch {
        units.push({ file: file.name, error: `"${file.name}" is not valid UTF-8 text; export it again from the blog.` })
        continue
      }
      const wxr = parseWxr(xml)
      exports.push({ file: file.name, site: wxr.site, posts: wxr.posts.length, skipped: wxr.skipped, skippedItems: wxr.skippedItems, attachments: wxr.attachments, warnings: wxr.warnings })
      if (!wxr.posts.length && wxr.warnings.length) units.push({ file: file.name, error: `${file.name}: ${wxr.warnings.join(' ')}` })
      for (const { item, parsed } of wxr.posts) units.push({ file: `${file.name} › ${item.slug ?? item.id ?? item.title}`, post: parsed, item })
      continue
    }
    const decoded = decodeSource(file)
    if (!decoded.ok) units.push({ file: file.name, error: decoded.error })
    else units.push({ file: file.name, post: parsePost({ name: file.name, text: decoded.text, format: decoded.format }) })
  }
  return units
}

/**
 * Imports clinic blog posts as draft articles: single posts (text, HTML, Markdown) and whole-blog
 * exports (WXR), parsed by @kat/post-import, body converted with Payload's Markdown converter,
 * conditions detected from names and synonyms (strong mentions linked, weak ones proposed), authors
 * matched to accounts, sources matched to citations by DOI, PMID or title (else created as drafts). A
 * repeated import updates the same draft and never touches a published version. One post's failure
 * never stops the others.
 */
export async function importPosts(payload: Payload, files: ImportFile[], options: Options = {}): Promise<ImportResult> {
  const access: Access = options.req
    ? { req: options.req, overrideAccess: false, user: options.req.user ?? undefined }
    : { overrideAccess: true, user: options.actor ? { ...options.actor, collection: 'users' as const } : undefined }
  // A condition is found by its names in either language: posts come in English and Spanish.
  const conditions = await payload.find({ collection: 'conditions', limit: 500, depth: 0, draft: true, pagination: false, overrideAccess: true, locale: 'all' })
  const inLocales = (value: unknown): string[] =>
    Object.values((value ?? {}) as Record<string, string | string[] | null>).flatMap((names) => (Array.isArray(names) ? names : names ? [names] : []))
  const context: Context = {
    conditionTerms: conditions.docs.map((condition) => {
      const names = inLocales(condition.name)
      return { key: { id: condition.id, name: names[0] ?? condition.slug }, terms: [...new Set([...names, ...inLocales(condition.alsoKnownAs)])] }
    }),
    users: (await payload.find({ collection: 'users', limit: 1000, depth: 0, pagination: false, overrideAccess: true })).docs.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
    })),
  }

  const exports: ExportSummary[] = []
  const units = readUnits(files, exports)
  const reports: ImportReport[] = []
  for (const unit of units) {
    let report: ImportReport
    if ('error' in unit) report = { file: unit.file, ok: false, error: unit.error }
    else {
      try {
        report = await importOne(payload, unit, context, options, access)
      } catch (error) {
        report = { file: unit.file, ok: false, error: `${unit.file}: ${describe(error)}` }
      }
    }
    reports.push(report)
    options.onProgress?.(reports.length, units.length, report)
  }
  return { reports, exports }
}

type Access = { req?: PayloadRequest; overrideAccess: boolean; user?: PayloadRequest['user'] }
type ConditionTerm = { key: { id: number; name: string }; terms: string[] }
type Context = { conditionTerms: ConditionTerm[]; users: { id: number; name: string; email: string }[] }

/** The account a post's author is, by name or e-mail (case and spacing aside). */
function matchAuthor(users: Context['users'], names: (string | null | undefined)[]) {
  const wanted = names.flatMap((name) => (name ? [name.replace(/\s+/g, ' ').trim().toLowerCase()] : [])).filter(Boolean)
  return users.find((user) => wanted.includes(user.name.trim().toLowerCase()) || wanted.includes(user.email.toLowerCase()))
}

function findConditions(post: ParsedPost, terms: ConditionTerm[], chosen: number[] | undefined): ConditionFinding[] {
  const found = new Map<number, ConditionFinding>()
  for (const mention of findConditionMentions(`${post.title}\n${blocksToText(post.blocks)}`, terms)) {
    const known = found.get(mention.key.id)
    // The strongest mention of each condition speaks for it.
    if (known && (known.confidence === 'strong' || mention.confidence === 'weak')) continue
    found.set(mention.key.id, { id: mention.key.id, name: mention.key.name, evidence: mention.evidence, confidence: mention.confidence, linked: mention.confidence === 'strong' })
  }
  if (!chosen) return [...found.values()]
  // The editor's choice wins: what they ticked is linked, a condition the post does not mention included.
  const findings = [...found.values()].map((finding) => ({ ...finding, linked: chosen.includes(finding.id) }))
  for (const id of chosen) {
    const term = terms.find((candidate) => candidate.key.id === id)
    if (term && !found.has(id)) findings.push({ id, name: term.key.name, evidence: '', confidence: 'strong', linked: true })
  }
  return findings
}

async function importOne(payload: Payload, unit: Extract<Unit, { post: ParsedPost }>, context: Context, options: Options, access: Access): Promise<ImportReport> {
  const { post, item } = unit
  const choice = options.choices?.[post.sourceKey]
  const chosenTitle = choice?.title?.replace(/\s+/g, ' ').trim()
  const titleNeeded = post.titleNeeded && !chosenTitle
  const title = chosenTitle || (post.titleNeeded ? `Needs a title: ${post.title}` : post.title)
  const findings = findConditions(post, context.conditionTerms, choice?.conditions)
  const linked = findings.filter((finding) => finding.linked)
  const originalAuthor = item?.author ?? post.metadata.author
  const user = matchAuthor(context.users, [originalAuthor, item?.authorEmail, item?.creator])
  const images = item?.images ?? []
  const warnings = [
    ...post.warnings,
    ...images.filter((image) => !image.alt).map((image) => `Image without alt text: ${image.url}. Add a description before it goes on a page.`),
  ]
  const sources: SourceOutcome[] = []
  const dryRun = Boolean(options.dryRun) || choice?.include === false
  for (const source of post.sources) sources.push(await matchCitation(payload, source, dryRun, access))

  const existing = (
    await payload.find({ collection: 'articles', where: { 'importSource.key': { equals: post.sourceKey } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
  ).docs[0]
  const summary = post.summary ?? (blocksToText(post.blocks).slice(0, 297).replace(/\s+\S*$/, '') + '…')
  const originalUrl = item?.link ?? post.metadata.canonicalUrl
  const base = {
    file: unit.file,
    ok: true as const,
    sourceKey: post.sourceKey,
    title,
    titleNeeded,
    titleSuggestions: titleNeeded ? post.titleSuggestions : [],
    format: post.format,
    summary,
    conditions: linked.map((condition) => condition.name),
    conditionFindings: findings,
    headings: post.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
    outline: post.blocks.flatMap((block) => (block.type === 'heading' ? [{ level: block.level, text: block.text }] : [])),
    lists: post.blocks.filter((block) => block.type === 'list').length,
    paragraphs: post.blocks.filter((block) => block.type === 'paragraph').length,
    sources,
    disclaimerFound: post.disclaimer !== null,
    metadata: post.metadata,
    author: { original: originalAuthor, userId: user?.id ?? null, userName: user?.name ?? null },
    originalUrl,
    language: post.language,
    readability: (post.language === 'es'
      ? { formula: 'fernandez-huerta', score: spanishReadingEase(blocksToText(post.blocks)) }
      : { formula: 'flesch-kincaid', score: readingGrade(blocksToText(post.blocks)) }) satisfies Readability as Readability,
    images,
    removed: post.removed,
    splits: post.splits,
    warnings,
  }
  if (choice?.include === false) return { ...base, action: 'skipped', articleId: existing?.id ?? null, slug: existing?.slug ?? '' }
  // The same content, and the editor's title and conditions already on the draft: nothing to write.
  const sameIds = (a: unknown[] | null | undefined, b: number[]) => JSON.stringify([...(a ?? [])].map(Number).sort()) === JSON.stringify([...b].sort())
  const decided = !choice || (existing?.title === title && sameIds(existing?.conditions as unknown[], linked.map((condition) => condition.id)))
  if (existing && existing.importSource?.contentHash === post.contentHash && decided) {
    return { ...base, action: 'unchanged', articleId: existing.id, slug: existing.slug }
  }
  if (options.dryRun) {
    return { ...base, action: existing ? 'would-update' : 'would-create', articleId: existing?.id ?? null, slug: existing?.slug ?? (await freeSlug(payload, item?.slug || title)) }
  }

  // A post without a title says so at the top of the draft, with the suggestions.
  const note = titleNeeded
    ? `> **Editor's note:** no title was found in the post.${post.titleSuggestions.length ? ` Suggestions: ${post.titleSuggestions.map((suggestion) => `“${suggestion}”`).join('; ')}.` : ''}\n\n`
    : ''
  const data = {
    title,
    summary,
    body: markdownToRichText(payload, `${note}${post.markdown || title}`),
    conditions: linked.map((condition) => condition.id),
    citations: sources.flatMap((source) => (source.citationId ? [source.citationId] : [])),
    importSource: {
      key: post.sourceKey,
      contentHash: post.contentHash,
      fileName: unit.file,
      importedAt: new Date().toISOString(),
      originalUrl,
      originalAuthor,
      originalPublishedAt: post.metadata.publishedAt,
      categories: [...post.metadata.categories, ...post.metadata.tags].join(', ') || null,
    },
  } satisfies Partial<Article>

  // A Spanish post is the Spanish text of its article (the English is written, or already there, beside it).
  const locale = post.language
  if (!existing) {
    const created = await payload.create({
      collection: 'articles',
      draft: true,
      locale,
      data: { ...data, author: user?.id ?? null, slug: await freeSlug(payload, item?.slug || title), audience: 'patients', workflowStatus: 'draft', _status: 'draft' },
      ...access,
    })
    return { ...base, action: 'created', articleId: created.id, slug: created.slug }
  }
  // A published article keeps its live version: the import becomes a new draft version beside it.
  const published = existing._status === 'published'
  // The workflow sends edited approved or published content back (to review, or to a new draft) by itself.
  const updated = await payload.update({ collection: 'articles', id: existing.id, draft: true, locale, data, ...access })
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
