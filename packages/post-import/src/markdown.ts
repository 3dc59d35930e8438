/** Markdown files: YAML front matter, then a CommonMark + GFM body read with marked's lexer. */
import { decodeHTMLStrict } from 'entities'
import { Lexer, type Token, type Tokens } from 'marked'
import { parse as parseYaml } from 'yaml'

import { parseDateValue } from './dates'
import { classifyLine, isBylineName, lowerCaseWordsOf } from './furniture'
import { addLosses, noLosses, readHtmlFragment, type Losses } from './html'
import { resolveLink } from './links'
import { append } from './lists'
import { collapseWhitespace, comparableText, isGenericHeading, isTitleLike } from './normalize'
import type { Inline } from './types'
import { emptyExtracted, unitText, type Extracted, type Unit } from './units'

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/

type FrontMatter = Record<string, unknown>

function readFrontMatter(text: string, warnings: string[]): { data: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { data: {}, body: text }
  const body = text.slice(match[0].length)
  try {
    const data: unknown = parseYaml(match[1] ?? '')
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as FrontMatter, body }
    if (data !== null && data !== undefined) warnings.push('The front matter is not a list of fields and was ignored.')
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unknown error'
    warnings.push(`The front matter could not be read and was ignored (${reason}).`)
  }
  return { data: {}, body }
}

const field = (data: FrontMatter, ...names: string[]): unknown => {
  const lower = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]))
  return names.map((name) => lower.get(name.toLowerCase())).find((value) => value !== undefined && value !== null && value !== '')
}

const asText = (value: unknown): string | null => {
  if (typeof value === 'string') return collapseWhitespace(value) || null
  if (typeof value === 'number') return String(value)
  return null
}

function asNames(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(asNames).filter(Boolean).join(', ') || null
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name)
  return asText(value)
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(asList)
  const text = asText(value)
  return text ? text.split(/\s*,\s*/).filter(Boolean) : []
}

interface Context {
  bold: boolean
  italic: boolean
  link: string | null
}

const PLAIN: Context = { bold: false, italic: false, link: null }

type Block = { kind: 'heading'; depth: number; text: string } | { kind: 'unit'; unit: Unit }

const childTokens = (token: Token): Token[] => ('tokens' in token && Array.isArray(token.tokens) ? token.tokens : [])

/** Walks marked's tokens into units, collecting link warnings and what could not be imported. */
class MarkdownReader {
  readonly blocks: Block[] = []
  readonly warnings: string[] = []
  readonly losses: Losses = noLosses()

  constructor(private readonly base: string | null) {}

  private link(href: string): string | null {
    const decision = resolveLink(decodeHTMLStrict(href), this.base)
    if (decision.warning) this.warnings.push(decision.warning)
    return decision.url
  }

  /** Inline tokens into lines (soft line breaks start a new line); returns whether a hard break was seen. */
  private inline(tokens: readonly Token[], context: Context, lines: Inline[][]): boolean {
    let hard = false
    const addText = (value: string) => {
      value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (!part) return
        const line = lines.at(-1)
        if (context.link) line?.push({ type: 'link', url: context.link, text: part })
        else line?.push({ type: 'text', text: part, ...(context.bold ? { bold: true } : {}), ...(context.italic ? { italic: true } : {}) })
      })
    }
    for (const token of tokens) {
      const inner = childTokens(token)
      switch (token.type) {
        case 'text':
          if (inner.length > 0) hard = this.inline(inner, context, lines) || hard
          else addText(decodeHTMLStrict(String(token.text ?? '')))
          break
        case 'escape':
          addText(String(token.text ?? ''))
          break
        case 'codespan':
          addText(decodeHTMLStrict(String(token.text ?? '')))
          break
        case 'br':
          lines.push([])
          hard = true
          break
        case 'em':
          hard = this.inline(inner, { ...context, italic: true }, lines) || hard
          break
        case 'strong':
          hard = this.inline(inner, { ...context, bold: true }, lines) || hard
          break
        case 'del':
          hard = this.inline(inner, context, lines) || hard
          break
        case 'link':
          hard = this.inline(inner, { ...context, link: this.link(String(token.href ?? '')) ?? context.link }, lines) || hard
          break
        case 'image':
          this.losses.images++
          break
        case 'html': {
          const html = String(token.text ?? '')
          if (/^<br\s*\/?>$/i.test(html.trim())) {
            lines.push([])
            hard = true
          }
          this.losses.images += (html.match(/<img\b/gi) ?? []).length
          break
        }
        default:
          if (inner.length > 0) hard = this.inline(inner, context, lines) || hard
          break
      }
    }
    return hard
  }

  private inlineText(tokens: readonly Token[]): string {
    const lines: Inline[][] = [[]]
    this.inline(tokens, PLAIN, lines)
    return collapseWhitespace(lines.flat().map((inline) => inline.text).join(' '))
  }

  /** One list item's content on one line; nested lists are collected to follow it. */
  private itemContent(tokens: readonly Token[], nested: Tokens.List[]): Inline[] {
    const inlines: Inline[] = []
    for (const token of tokens) {
      if (token.type === 'list') {
        nested.push(token as Tokens.List)
        continue
      }
      if (token.type === 'checkbox' || token.type === 'space') continue
      const lines: Inline[][] = [[]]
      if (token.type === 'paragraph' || token.type === 'text' || token.type === 'heading') this.inline(childTokens(token).length > 0 ? childTokens(token) : [token], PLAIN, lines)
      else if (token.type === 'image') this.losses.images++
      else if (childTokens(token).length > 0) lines[0]?.push(...this.itemContent(childTokens(token), nested))
      else if ('text' in token && typeof token.text === 'string' && token.type !== 'html') lines[0]?.push({ type: 'text', text: decodeHTMLStrict(token.text) })
      if (inlines.length > 0) inlines.push({ type: 'text', text: ' ' })
      lines.forEach((line, index) => {
        if (index > 0) inlines.push({ type: 'text', text: ' ' })
        for (const inline of line) inlines.push(inline)
      })
    }
    return inlines
  }

  private listItems(list: Tokens.List, items: Inline[][]): void {
    for (const item of list.items) {
      const nested: Tokens.List[] = []
      items.push(this.itemContent(item.tokens, nested))
      for (const inner of nested) {
        this.losses.nestedLists = true
        this.listItems(inner, items)
      }
    }
  }

  private push(unit: Unit): void {
    this.blocks.push({ kind: 'unit', unit })
  }

  read(tokens: readonly Token[]): void {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const text = this.inlineText(childTokens(token))
          if (text) this.blocks.push({ kind: 'heading', depth: Number(token.depth) || 1, text })
          break
        }
        case 'paragraph':
        case 'text': {
          const lines: Inline[][] = [[]]
          const hard = this.inline(childTokens(token).length > 0 ? childTokens(token) : [token], PLAIN, lines)
          this.push({ type: 'paragraph', lines, separate: hard })
          break
        }
        case 'list': {
          const items: Inline[][] = []
          this.listItems(token as Tokens.List, items)
          this.push({ type: 'list', ordered: Boolean(token.ordered), items })
          break
        }
        case 'blockquote':
          this.read(childTokens(token))
          break
        case 'code': {
          const lines = String(token.text ?? '')
            .split('\n')
            .filter((line) => line.trim())
            .map((line): Inline[] => [{ type: 'text', text: line }])
          if (lines.length > 0) this.push({ type: 'paragraph', lines, separate: true })
          break
        }
        case 'table': {
          this.losses.tables++
          const table = token as Tokens.Table
          for (const row of [table.header, ...table.rows]) {
            const cells = row.map((cell) => this.inlineText(cell.tokens)).filter(Boolean)
            if (cells.length > 0) this.push({ type: 'paragraph', lines: [[{ type: 'text', text: cells.join(' – ') }]], separate: true })
          }
          break
        }
        case 'html': {
          const fragment = readHtmlFragment(String(token.text ?? ''), this.base)
          append(this.warnings, fragment.warnings)
          addLosses(this.losses, fragment.losses)
          for (const unit of fragment.units) {
            if (unit.type === 'heading') this.blocks.push({ kind: 'heading', depth: unit.level, text: unit.text })
            else this.push(unit)
          }
          break
        }
        default:
          break
      }
    }
  }
}

const blockText = (block: Block): string =>
  block.kind === 'heading' ? block.text : collapseWhitespace(unitText(block.unit))

/** How many blocks at the top are furniture or a bare byline name, all single-line paragraphs. */
function leadingMetaCount(blocks: readonly Block[]): number {
  const lowerCaseWords = lowerCaseWordsOf(blocks.map(blockText))
  let count = 0
  for (const block of blocks) {
    if (block.kind !== 'unit' || block.unit.type !== 'paragraph' || block.unit.lines.length !== 1) break
    const text = blockText(block)
    if (!classifyLine(text) && !isBylineName(text, lowerCaseWords)) break
    count++
  }
  return count
}

/** Reads a Markdown file: front matter fields, then the body; a leading single "# H1" is the title. */
export function parseMarkdown(input: string): Extracted & { losses: Losses } {
  const result = emptyExtracted()
  const { data, body } = readFrontMatter(input, result.warnings)
  result.title = asText(field(data, 'title'))
  result.summary = asText(field(data, 'description', 'summary', 'excerpt'))
  result.author = asNames(field(data, 'author', 'authors'))
  result.publishedAt = parseDateValue(field(data, 'date', 'published', 'publishedAt', 'published_at', 'pubDate', 'date_published', 'created'))
  result.categories = [...asList(field(data, 'categories', 'category')), ...asList(field(data, 'tags', 'tag'))]
  const canonical = asText(field(data, 'canonical', 'canonical_url', 'canonicalUrl', 'url', 'permalink', 'link'))
  result.canonicalUrl = canonical && /^https?:\/\//i.test(canonical) && URL.canParse(canonical) ? canonical : null

  const reader = new MarkdownReader(result.canonicalUrl)
  reader.read(Lexer.lex(body, { gfm: true }))
  append(result.warnings, reader.warnings)
  const blocks = [...reader.blocks]

  // Bylines and dates above the title stay in the body, where the furniture pass reads and removes them.
  const lead = leadingMetaCount(blocks)
  const first = blocks[lead]
  const h1Count = blocks.filter((block) => block.kind === 'heading' && block.depth === 1).length
  if (first?.kind === 'heading' && first.depth === 1 && h1Count === 1 && !isGenericHeading(first.text)) {
    result.title ??= first.text
    blocks.splice(lead, 1)
  } else if (result.title && first?.kind === 'heading' && comparableText(first.text) === comparableText(result.title)) {
    blocks.splice(lead, 1)
  } else if (!result.title && first?.kind === 'unit' && first.unit.type === 'paragraph' && first.unit.lines.length === 1 && blocks.length > lead + 1) {
    // Markdown made from copied text: a short first line standing alone is the title, as in plain text.
    const text = collapseWhitespace((first.unit.lines[0] ?? []).map((inline) => inline.text).join(''))
    if (isTitleLike(text) && !/:$/.test(text) && !isGenericHeading(text)) {
      result.title = text
      blocks.splice(lead, 1)
    }
  }

  // Shift heading levels so the body's top level is 2 and nothing goes below 4.
  const depths = blocks.flatMap((block) => (block.kind === 'heading' ? [block.depth] : []))
  const top = depths.length > 0 ? Math.min(...depths) : 2
  result.units = blocks.map((block): Unit => {
    if (block.kind === 'unit') return block.unit
    const level = Math.min(4, Math.max(2, block.depth - top + 2))
    return { type: 'heading', level: level as 2 | 3 | 4, text: block.text }
  })
  return { ...result, losses: reader.losses }
}
