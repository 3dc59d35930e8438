/** parsePost: one entry point for the three formats, and the finishing steps they share. */
import { detectFormat } from './detect'
import { lossWarnings, parseHtml, type Losses } from './html'
import { plainText } from './inline'
import { computeContentHash, computeSourceKey } from './keys'
import { append, capped } from './lists'
import { parseMarkdown } from './markdown'
import { collapseWhitespace, comparableText, isGenericHeading, normalizeText } from './normalize'
import { detectLanguage } from './language'
import { blocksToText, renderMarkdown } from './render'
import { extractSections } from './sections'
import { cleanStructuredUnits } from './structured'
import { summarize, titleFromFileName } from './summary'
import { parseText } from './text'
import { MAX_IMPORT_BYTES, type Block, type ImportFormat, type ParsedPost } from './types'
import { emptyExtracted, unitsToBlocks, type Extracted } from './units'

const FORMATS: readonly ImportFormat[] = ['text', 'html', 'markdown']
const REPORT_MAX = 500
const WARNINGS_MAX = 50

const blockText = (block: Block): string =>
  block.type === 'heading'
    ? block.text
    : block.type === 'paragraph'
      ? plainText(block.children)
      : block.type === 'note'
        ? block.text
        : block.items.map(plainText).join(' ')

function excerpt(text: string): string {
  const words = text.split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text
}

const LOST_LIST_NOTE = "A list seems to be missing here: the line above ends with ':' but no items followed it in the imported text. Copy the items from the original post, or reword the line."

/**
 * Paragraphs that announce a list ("…may include:") where no list follows: the items were likely lost in
 * copying. A note goes into the body right there, so the draft shows the gap, and a warning into the report.
 */
function markLostLists(blocks: readonly Block[]): { blocks: Block[]; warnings: string[] } {
  const warnings: string[] = []
  const result: Block[] = []
  let sectionLevel = 1
  blocks.forEach((block, index) => {
    result.push(block)
    if (block.type === 'heading') sectionLevel = block.level
    if (block.type !== 'paragraph') return
    const text = plainText(block.children).trim()
    if (!text.endsWith(':')) return
    const next = blocks[index + 1]
    if (next?.type === 'list' || (next?.type === 'heading' && next.level > sectionLevel)) return
    result.push({ type: 'note', text: LOST_LIST_NOTE })
    warnings.push(`A paragraph ends with ':' but no list follows ("${excerpt(text)}"); list items may have been lost when the page was copied. The draft carries an editor's note there.`)
  })
  return { blocks: result, warnings }
}

const SUGGESTIONS_MAX = 3

/** Title candidates for a post without one: its first real headings, then its opening sentence (shortened). */
function titleSuggestions(blocks: readonly Block[]): string[] {
  const suggestions: string[] = []
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 2 && !isGenericHeading(block.text)) suggestions.push(block.text)
    if (suggestions.length >= 2) break
  }
  const paragraph = blocks.find((block) => block.type === 'paragraph')
  if (paragraph) {
    const sentence = /^(.+?[.!?])(?=\s|$)/.exec(collapseWhitespace(blockText(paragraph)))?.[1] ?? collapseWhitespace(blockText(paragraph))
    const plain = sentence.replace(/[.!]$/, '')
    const words = plain.split(' ')
    suggestions.push(words.length <= 12 ? plain : `${words.slice(0, 10).join(' ').replace(/[,;:]$/, '')}…`)
  }
  return [...new Set(suggestions.filter(Boolean))].slice(0, SUGGESTIONS_MAX)
}

function uniqueCategories(categories: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const category of categories) {
    const clean = collapseWhitespace(category)
    const key = clean.toLowerCase()
    if (!clean || seen.has(key)) continue
    seen.add(key)
    result.push(clean)
  }
  return result
}

function extract(format: ImportFormat, text: string, known: KnownMetadata): Extracted & { losses?: Losses } {
  if (format === 'text') return parseText(text)
  const extracted = format === 'html' ? parseHtml(text, known.title ?? null) : parseMarkdown(text)
  // A title the export states is known even when the body has none, so the top lines are read as byline, not title.
  extracted.title ??= known.title || null
  cleanStructuredUnits(extracted)
  return extracted
}

/** What an export (e.g. WordPress WXR) states about a post; it wins over what the body suggests. */
export interface KnownMetadata {
  title?: string | null
  author?: string | null
  publishedAt?: string | null
  categories?: string[]
  tags?: string[]
  canonicalUrl?: string | null
  /** A summary the export declares (e.g. the WordPress excerpt). */
  summary?: string | null
}

function finish(name: string, format: ImportFormat, extracted: Extracted & { losses?: Losses }, early: string[], known: KnownMetadata = {}): ParsedPost {
  const warnings = [...early, ...extracted.warnings]
  const sections = extractSections(extracted.units)
  const removed = [...extracted.removed]
  const marked = markLostLists(unitsToBlocks(sections.body))
  const blocks = marked.blocks

  let title = collapseWhitespace(known.title || extracted.title || '')
  const titleNeeded = !title
  const suggestions = titleNeeded ? titleSuggestions(blocks) : []
  if (titleNeeded) {
    title = titleFromFileName(name)
    const listed = suggestions.length > 0 ? ` Suggestions: ${suggestions.map((suggestion) => `"${suggestion}"`).join('; ')}.` : ''
    warnings.unshift(`No title was found in the post: the draft needs a title (the file name stands in for now).${listed}`)
  }
  // Pages often repeat the title just above the body.
  const first = blocks[0]
  if (!titleNeeded && first && first.type !== 'list' && first.type !== 'note' && comparableText(blockText(first)) === comparableText(title)) {
    removed.push(blockText(first))
    blocks.shift()
  }

  const firstParagraph = blocks.find((block) => block.type === 'paragraph')
  const summary = summarize(known.summary || extracted.summary || '') ?? (firstParagraph ? summarize(blockText(firstParagraph)) : null)

  const metadata = {
    author: collapseWhitespace(known.author || extracted.author || '') || null,
    publishedAt: known.publishedAt || extracted.publishedAt,
    categories: uniqueCategories(known.categories?.length ? known.categories : extracted.categories),
    tags: uniqueCategories(known.tags?.length ? known.tags : extracted.tags),
    canonicalUrl: known.canonicalUrl || extracted.canonicalUrl,
  }
  append(warnings, sections.warnings)
  append(warnings, marked.warnings)
  if (extracted.losses) append(warnings, lossWarnings(extracted.losses))
  if (!metadata.publishedAt) append(warnings, extracted.dateNotes)
  if (blocks.length === 0) warnings.push('No body text was found.')

  const markdown = renderMarkdown(blocks)
  const content = { title, summary, markdown, sources: sections.sources, disclaimer: sections.disclaimer, metadata }
  return {
    format,
    language: detectLanguage(`${title}\n${blocksToText(blocks)}`),
    ...content,
    titleNeeded,
    titleSuggestions: suggestions,
    blocks,
    // Reports stay readable even for a page made of furniture.
    removed: capped(removed, REPORT_MAX, (count) => `…and ${count} more lines`),
    splits: capped(extracted.splits, REPORT_MAX, (count) => `…and ${count} more splits`),
    warnings: capped([...new Set(warnings)], WARNINGS_MAX, (count) => `…and ${count} more warnings.`),
    sourceKey: computeSourceKey(metadata.canonicalUrl, title),
    contentHash: computeContentHash(content),
  }
}

/**
 * Turns a blog post (plain text, HTML or Markdown) into a structured draft. Never throws: whatever the
 * input, the result has a title, and problems are reported in `warnings`.
 */
export function parsePost(input: { name: string; text: string; format?: ImportFormat; known?: KnownMetadata }): ParsedPost {
  const name = typeof input?.name === 'string' ? input.name : ''
  let text = typeof input?.text === 'string' ? input.text : ''
  const early: string[] = []
  if (text.length > MAX_IMPORT_BYTES) {
    text = text.slice(0, MAX_IMPORT_BYTES)
    early.push('The text is longer than 5 MB; only the first 5 MB were read.')
  }
  const format = input?.format && FORMATS.includes(input.format) ? input.format : detectFormat(name, text)
  try {
    const known = input?.known ?? {}
    return finish(name, format, extract(format, normalizeText(text), known), early, known)
  } catch (error) {
    // A bug in a heuristic must not stop an import: hand back an empty draft that says what happened.
    const reason = error instanceof Error ? error.message : String(error)
    return finish(name, format, emptyExtracted(), [...early, `The post could not be read (${reason}); nothing was imported from it.`], input?.known ?? {})
  }
}
