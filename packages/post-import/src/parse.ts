/** parsePost: one entry point for the three formats, and the finishing steps they share. */
import { detectFormat } from './detect'
import { lossWarnings, parseHtml, type Losses } from './html'
import { plainText } from './inline'
import { computeContentHash, computeSourceKey } from './keys'
import { append, capped } from './lists'
import { parseMarkdown } from './markdown'
import { collapseWhitespace, comparableText, normalizeText } from './normalize'
import { renderMarkdown } from './render'
import { extractSections } from './sections'
import { cleanStructuredUnits } from './structured'
import { summarize, titleFromFileName } from './summary'
import { parseText } from './text'
import { MAX_IMPORT_BYTES, type Block, type ImportFormat, type ParsedPost } from './types'
import { unitsToBlocks, type Extracted } from './units'

const FORMATS: readonly ImportFormat[] = ['text', 'html', 'markdown']
const REPORT_MAX = 500
const WARNINGS_MAX = 50

const blockText = (block: Block): string =>
  block.type === 'heading' ? block.text : block.type === 'paragraph' ? plainText(block.children) : block.items.map(plainText).join(' ')

function excerpt(text: string): string {
  const words = text.split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text
}

/** Paragraphs that announce a list ("…may include:") where no list follows: items were likely lost. */
function lostListWarnings(blocks: readonly Block[]): string[] {
  const warnings: string[] = []
  let sectionLevel = 1
  blocks.forEach((block, index) => {
    if (block.type === 'heading') sectionLevel = block.level
    if (block.type !== 'paragraph') return
    const text = plainText(block.children).trim()
    if (!text.endsWith(':')) return
    const next = blocks[index + 1]
    if (next?.type === 'list' || (next?.type === 'heading' && next.level > sectionLevel)) return
    warnings.push(`A paragraph ends with ':' but no list follows ("${excerpt(text)}"); list items may have been lost when the page was copied.`)
  })
  return warnings
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

function extract(format: ImportFormat, text: string): Extracted & { losses?: Losses } {
  if (format === 'text') return parseText(text)
  const extracted = format === 'html' ? parseHtml(text) : parseMarkdown(text)
  cleanStructuredUnits(extracted)
  return extracted
}

function finish(name: string, format: ImportFormat, extracted: Extracted & { losses?: Losses }, early: string[]): ParsedPost {
  const warnings = [...early, ...extracted.warnings]
  const sections = extractSections(extracted.units)
  const blocks = unitsToBlocks(sections.body)
  const removed = [...extracted.removed]

  let title = collapseWhitespace(extracted.title ?? '')
  if (!title) {
    title = titleFromFileName(name)
    warnings.unshift('No title line found; used the file name.')
  }
  // Pages often repeat the title just above the body.
  const first = blocks[0]
  if (first && first.type !== 'list' && comparableText(blockText(first)) === comparableText(title)) {
    removed.push(blockText(first))
    blocks.shift()
  }

  const firstParagraph = blocks.find((block) => block.type === 'paragraph')
  const summary = summarize(extracted.summary ?? '') ?? (firstParagraph ? summarize(blockText(firstParagraph)) : null)

  const metadata = {
    author: extracted.author ? collapseWhitespace(extracted.author) : null,
    publishedAt: extracted.publishedAt,
    categories: uniqueCategories(extracted.categories),
    canonicalUrl: extracted.canonicalUrl,
  }
  append(warnings, sections.warnings)
  append(warnings, lostListWarnings(blocks))
  if (extracted.losses) append(warnings, lossWarnings(extracted.losses))
  if (!metadata.publishedAt) append(warnings, extracted.dateNotes)
  if (blocks.length === 0) warnings.push('No body text was found.')

  const markdown = renderMarkdown(blocks)
  const content = { title, summary, markdown, sources: sections.sources, disclaimer: sections.disclaimer, metadata }
  return {
    format,
    ...content,
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
export function parsePost(input: { name: string; text: string; format?: ImportFormat }): ParsedPost {
  const name = typeof input?.name === 'string' ? input.name : ''
  let text = typeof input?.text === 'string' ? input.text : ''
  const early: string[] = []
  if (text.length > MAX_IMPORT_BYTES) {
    text = text.slice(0, MAX_IMPORT_BYTES)
    early.push('The text is longer than 5 MB; only the first 5 MB were read.')
  }
  const format = input?.format && FORMATS.includes(input.format) ? input.format : detectFormat(name, text)
  try {
    return finish(name, format, extract(format, normalizeText(text)), early)
  } catch (error) {
    // A bug in a heuristic must not stop an import: hand back an empty draft that says what happened.
    const reason = error instanceof Error ? error.message : String(error)
    const empty: Extracted = { title: null, units: [], summary: null, author: null, publishedAt: null, categories: [], canonicalUrl: null, removed: [], splits: [], warnings: [], dateNotes: [] }
    return finish(name, format, empty, [...early, `The post could not be read (${reason}); nothing was imported from it.`])
  }
}
