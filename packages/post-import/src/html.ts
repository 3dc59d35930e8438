/** HTML pages and fragments, read with parse5 (the WHATWG parsing algorithm, as browsers do). */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5'


import { parseDateValue } from './dates'
import { resolveLink } from './links'
import { append } from './lists'
import { collapseWhitespace, comparableText, isGenericHeading } from './normalize'
import type { Inline } from './types'
import { emptyExtracted, type Extracted, type Unit } from './units'

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

const isElement = (node: Node): node is Element => 'tagName' in node
const childNodes = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : [])
const attr = (element: Element, name: string): string | null => element.attrs.find((attribute) => attribute.name === name)?.value ?? null

/** Elements below `node` in document order; iterative, so deeply nested pages cannot overflow the stack. */
function* descendants(node: Node): Generator<Element> {
  const stack: Node[] = [...childNodes(node)].reverse()
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!isElement(next)) continue
    yield next
    const children = childNodes(next)
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
}

const findAll = (node: Node, test: (element: Element) => boolean): Element[] => [...descendants(node)].filter(test)
const findFirst = (node: Node, test: (element: Element) => boolean): Element | null => {
  for (const element of descendants(node)) if (test(element)) return element
  return null
}
const byTag = (tag: string) => (element: Element) => element.tagName === tag

function textOf(node: Node): string {
  return textNodes(node).join('')
}

/** The text nodes below `node` in order, outside scripts and styles; iterative, like `descendants`. */
function textNodes(node: Node): string[] {
  const parts: string[] = []
  const stack: Node[] = [node]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.nodeName === '#text' && 'value' in next) parts.push(next.value)
    else if (isElement(next) && ['script', 'style', 'noscript', 'template'].includes(next.tagName)) continue
    const children = childNodes(next)
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
  }
  return parts
}

/** Deeper nesting than any real post has; content below it is skipped with a warning. */
const MAX_DEPTH = 200

const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'svg', 'button', 'select', 'input',
  'textarea', 'canvas', 'dialog', 'map', 'head', 'link', 'meta', 'title', 'math',
])
/** Dropped without a trace in the report: they show no text on the page. */
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'map', 'head', 'link', 'meta', 'title', 'math'])
/** A long page part (a comment thread) is listed by its opening words. */
const PAGE_PART_MAX = 200
const isHidden = (element: Element): boolean =>
  element.attrs.some((attribute) => attribute.name === 'hidden') ||
  attr(element, 'aria-hidden') === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(element, 'style') ?? '')
const EMBED_TAGS = new Set(['iframe', 'video', 'audio', 'embed', 'object'])
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar'])
// Words in class or id values that mark page parts around the post.
const DROPPED_CLASS_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'comment', 'comments', 'related', 'breadcrumb', 'breadcrumbs',
  'newsletter', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'sidebar', 'pagination', 'disqus',
  'advert', 'advertisement', 'sponsored',
])
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'header', 'hgroup', 'hr', 'li', 'main', 'p', 'section', 'summary', 'caption',
])
const HEADING = /^h([1-6])$/

function classWords(element: Element): string[] {
  return `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`
    .split(/\s+/)
    .flatMap((token) => token.split(/[-_]|(?<=[a-z])(?=[A-Z])/))
    .map((word) => word.toLowerCase())
    .filter(Boolean)
}

interface Context {
  bold: boolean
  italic: boolean
  link: string | null
}

/** Walks the body of the post and collects units, counting what cannot be imported. */
class BodyReader {
  readonly units: Unit[] = []
  readonly warnings: string[] = []
  images = 0
  embeds = 0
  tables = 0
  nestedLists = false
  tooDeep = false
  private depth = 0
  private lines: Inline[][] = [[]]
  /** Inside a list item or table cell, blocks become spaces and nested lists are collected. */
  private inlineOnly = 0
  private nested: Element[][] = []

  constructor(
    private readonly base: string | null,
    private readonly keepHeaders: boolean,
    private readonly skip: Element | null,
  ) {}

  private isDropped(element: Element): boolean {
    const tag = element.tagName
    if (DROPPED_TAGS.has(tag) || (tag === 'header' && !this.keepHeaders)) return true
    if (isHidden(element)) return true
    if (DROPPED_ROLES.has((attr(element, 'role') ?? '').toLowerCase())) return true
    return classWords(element).some((word) => DROPPED_CLASS_WORDS.has(word))
  }

  private push(inline: Inline): void {
    const line = this.lines.at(-1)
    if (line) line.push(inline)
    else this.lines.push([inline])
  }

  private addText(text: string, context: Context): void {
    if (!text) return
    if (context.link) this.push({ type: 'link', url: context.link, text })
    else this.push({ type: 'text', text, ...(context.bold ? { bold: true } : {}), ...(context.italic ? { italic: true } : {}) })
  }

  private newLine(): void {
    if (this.inlineOnly > 0) this.addText(' ', { bold: false, italic: false, link: null })
    else this.lines.push([])
  }

  private flush(): void {
    const lines = this.lines.filter((line) => line.some((inline) => inline.text.trim()))
    if (lines.length > 0) this.units.push({ type: 'paragraph', lines, separate: true })
    this.lines = [[]]
  }

  walk(node: Node, context: Context): void {
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep = true
      return
    }
    this.depth++
    for (const child of childNodes(node)) {
      if (child.nodeName === '#text' && 'value' in child) this.addText(child.value, context)
      else if (isElement(child)) this.element(child, context)
    }
    this.depth--
  }

  /** The inline content of an element on its own, e.g. one list item or table cell. */
  private inlineContent(element: Element, context: Context, nested: Element[] = []): Inline[] {
    const saved = this.lines
    this.lines = [[]]
    this.inlineOnly++
    this.nested.push(nested)
    this.walk(element, context)
    this.nested.pop()
    this.inlineOnly--
    const result = this.lines.flat()
    this.lines = saved
    return result
  }

  private listItems(list: Element, items: Inline[][]): void {
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep = true
      return
    }
    for (const child of list.childNodes) {
      if (!isElement(child) || this.isDropped(child)) continue
      this.depth++
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        this.nestedLists = true
        this.listItems(child, items)
      } else {
        const nested: Element[] = []
        items.push(this.inlineContent(child, { bold: false, italic: false, link: null }, nested))
        for (const inner of nested) {
          this.nestedLists = true
          this.listItems(inner, items)
        }
      }
      this.depth--
    }
  }

  private table(table: Element): void {
    this.tables++
    for (const row of findAll(table, byTag('tr'))) {
      const cells = row.childNodes
        .filter(isElement)
        .filter((cell) => (cell.tagName === 'td' || cell.tagName === 'th') && !this.isDropped(cell))
        .map((cell) => collapseWhitespace(this.inlineContent(cell, { bold: false, italic: false, link: null }).map((inline) => inline.text).join('')))
        .filter(Boolean)
      if (cells.length > 0) this.units.push({ type: 'paragraph', lines: [[{ type: 'text', text: cells.join(' – ') }]], separate: true })
    }
  }

  private element(element: Element, context: Context): void {
    const tag = element.tagName
    if (element === this.skip) return
    if (EMBED_TAGS.has(tag)) {
      this.embeds++
      return
    }
    if (this.isDropped(element)) {
      if (this.inlineOnly === 0) this.pagePart(element)
      return
    }
    if (tag === 'img' || tag === 'picture') {
      this.images++
      return
    }
    if (tag === 'br') return this.newLine()
    const block = BLOCK_TAGS.has(tag) || HEADING.test(tag) || ['ul', 'ol', 'table', 'pre', 'hr'].includes(tag)
    if (this.inlineOnly > 0) {
      if ((tag === 'ul' || tag === 'ol') && this.nested.at(-1)) {
        this.nested.at(-1)?.push(element)
        return
      }
      if (block) this.addText(' ', context)
      this.inline(element, context)
      if (block) this.addText(' ', context)
      return
    }
    const heading = HEADING.exec(tag)
    if (heading) {
      this.flush()
      const text = collapseWhitespace(textOf(element))
      this.images += findAll(element, (inner) => inner.tagName === 'img').length
      const level = Number(heading[1])
      if (text) this.units.push({ type: 'heading', level: level <= 2 ? 2 : level === 3 ? 3 : 4, text })
      return
    }
    if (tag === 'ul' || tag === 'ol') {
      this.flush()
      const items: Inline[][] = []
      this.listItems(element, items)
      if (items.length > 0) this.units.push({ type: 'list', ordered: tag === 'ol', items })
      return
    }
    if (tag === 'table') {
      this.flush()
      this.table(element)
      return
    }
    if (tag === 'pre') {
      this.flush()
      const lines = textOf(element)
        .split('\n')
        .filter((line) => line.trim())
        .map((line): Inline[] => [{ type: 'text', text: line }])
      if (lines.length > 0) this.units.push({ type: 'paragraph', lines, separate: true })
      return
    }
    if (block) {
      this.flush()
      this.walk(element, context)
      this.flush()
      return
    }
    this.inline(element, context)
  }

  /** A visible page part (menu, share bar, comments, footer) is listed in the report as one removed line. */
  private pagePart(element: Element): void {
    if (INVISIBLE_TAGS.has(element.tagName) || isHidden(element)) return
    // Menus and share bars are runs of links: their words are kept apart ("Facebook LinkedIn").
    const text = collapseWhitespace(textNodes(element).join(' '))
    if (!text) return
    this.flush()
    const line = text.length > PAGE_PART_MAX ? `${text.slice(0, PAGE_PART_MAX).replace(/\s+\S*$/, '')}…` : text
    this.units.push({ type: 'paragraph', lines: [[{ type: 'text', text: line }]], separate: true, pagePart: true })
  }

  private inline(element: Element, context: Context): void {
    const tag = element.tagName
    if (tag === 'a') {
      const href = attr(element, 'href')
      const decision = href === null ? { url: null, warning: null } : resolveLink(href, this.base)
      if (decision.warning) this.warnings.push(decision.warning)
      return this.walk(element, { ...context, link: decision.url ?? context.link })
    }
    const style = attr(element, 'style') ?? ''
    const bold = context.bold || tag === 'strong' || tag === 'b' || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(style)
    const italic = context.italic || tag === 'em' || tag === 'i' || /font-style\s*:\s*italic/i.test(style)
    this.walk(element, { ...context, bold, italic })
  }

  finish(): void {
    this.flush()
  }

  losses(): Losses {
    return { images: this.images, embeds: this.embeds, tables: this.tables, nestedLists: this.nestedLists, tooDeep: this.tooDeep }
  }
}

interface HeadInfo {
  ogTitle: string | null
  documentTitle: string | null
  siteName: string | null
  author: string | null
  publishedAt: string | null
  canonicalUrl: string | null
  categories: string[]
}

const isHttpUrl = (value: string): boolean => /^https?:\/\//i.test(value.trim()) && URL.canParse(value.trim())

function readHead(document: Node): HeadInfo {
  const info: HeadInfo = { ogTitle: null, documentTitle: null, siteName: null, author: null, publishedAt: null, canonicalUrl: null, categories: [] }
  const meta = new Map<string, string[]>()
  for (const element of findAll(document, byTag('meta'))) {
    const key = (attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemprop') ?? '').toLowerCase()
    const content = collapseWhitespace(attr(element, 'content') ?? '')
    if (key && content) meta.set(key, [...(meta.get(key) ?? []), content])
  }
  const first = (...keys: string[]) => keys.map((key) => meta.get(key)?.[0]).find(Boolean) ?? null
  info.ogTitle = first('og:title', 'twitter:title')
  info.siteName = first('og:site_name', 'application-name')
  const author = first('author', 'article:author', 'dc.creator', 'parsely-author')
  info.author = author && !isHttpUrl(author) ? author : null
  const published = first('article:published_time', 'datepublished', 'publish_date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date')
  info.publishedAt = published ? parseDateValue(published) : null
  const canonical = findFirst(document, (element) => element.tagName === 'link' && (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
  const canonicalHref = canonical ? attr(canonical, 'href') : null
  const ogUrl = first('og:url')
  info.canonicalUrl = [canonicalHref, ogUrl].find((value): value is string => Boolean(value && isHttpUrl(value)))?.trim() ?? null
  info.categories = [...(meta.get('article:section') ?? []), ...(meta.get('article:tag') ?? [])]
  const title = findFirst(document, byTag('title'))
  info.documentTitle = title ? collapseWhitespace(textOf(title)) || null : null
  return info
}

/** "Post title | Clinic name" → "Post title"; dashes only when the rest is clearly a title of its own. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  if (siteName) {
    const suffix = new RegExp(`\\s+[|–—·•:»-]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i')
    if (suffix.test(title)) return title.replace(suffix, '').trim()
  }
  const piped = /^(.*\S)\s+[|·•»]\s+[^|·•»]{1,60}$/.exec(title)
  if (piped?.[1]) return piped[1]
  const dashed = /^(.*\S)\s+[–—-]\s+([^–—]{1,40})$/.exec(title)
  if (dashed?.[1] && dashed[2] && dashed[1].split(/\s+/).length >= 2 && dashed[2].split(/\s+/).length <= 4) return dashed[1]
  return title
}

function chooseRoot(document: Node): { root: Node; isBody: boolean } {
  const body = findFirst(document, byTag('body')) ?? document
  const articles = findAll(body, byTag('article'))
  if (articles.length > 0) {
    const longest = articles.reduce((best, article) => (textOf(article).length > textOf(best).length ? article : best))
    return { root: longest, isBody: false }
  }
  const main = findFirst(body, (element) => element.tagName === 'main' || attr(element, 'role') === 'main')
  if (main) return { root: main, isBody: false }
  return { root: body, isBody: true }
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many.replace('{n}', String(count))
}

/** What could not be imported, counted while reading. */
export interface Losses {
  images: number
  embeds: number
  tables: number
  nestedLists: boolean
  tooDeep: boolean
}

export const noLosses = (): Losses => ({ images: 0, embeds: 0, tables: 0, nestedLists: false, tooDeep: false })

export function addLosses(total: Losses, more: Losses): void {
  total.images += more.images
  total.embeds += more.embeds
  total.tables += more.tables
  total.nestedLists ||= more.nestedLists
  total.tooDeep ||= more.tooDeep
}

/** Plain-English warnings for what was lost. */
export function lossWarnings(losses: Losses): string[] {
  const warnings: string[] = []
  if (losses.images > 0) warnings.push(plural(losses.images, '1 image was not imported.', '{n} images were not imported.'))
  if (losses.embeds > 0) warnings.push(plural(losses.embeds, '1 embedded video or frame was not imported.', '{n} embedded videos or frames were not imported.'))
  if (losses.tables > 0) warnings.push(plural(losses.tables, '1 table was turned into one paragraph per row.', '{n} tables were turned into one paragraph per row.'))
  if (losses.nestedLists) warnings.push('Nested lists were flattened into one level.')
  if (losses.tooDeep) warnings.push(`Content nested more than ${MAX_DEPTH} levels deep was skipped.`)
  return warnings
}

/** Units of an HTML snippet (e.g. raw HTML inside Markdown), with link warnings and losses. */
export function readHtmlFragment(html: string, base: string | null): { units: Unit[]; warnings: string[]; losses: Losses } {
  const reader = new BodyReader(base, true, null)
  reader.walk(parseFragment(html), { bold: false, italic: false, link: null })
  reader.finish()
  return { units: reader.units, warnings: reader.warnings, losses: reader.losses() }
}

export interface HtmlImage {
  url: string
  /** null when the image has no alt attribute; "" for an image marked decorative. */
  alt: string | null
}

/** The images of an HTML text, with their alt text, for the import report. */
export function imagesOf(html: string): HtmlImage[] {
  return findAll(parseFragment(html), byTag('img')).flatMap((image) => {
    const url = attr(image, 'src')?.trim()
    return url ? [{ url, alt: attr(image, 'alt') === null ? null : collapseWhitespace(attr(image, 'alt') ?? '') }] : []
  })
}

/** A post whose sections are <h3> (the theme's <h2> being the site's) starts its outline at level 2 all the same. */
function shiftHeadings(units: Unit[]): Unit[] {
  const levels = units.flatMap((unit) => (unit.type === 'heading' ? [unit.level] : []))
  const shift = levels.length > 0 ? Math.min(...levels) - 2 : 0
  if (shift <= 0) return units
  return units.map((unit) => (unit.type === 'heading' ? { ...unit, level: Math.max(2, unit.level - shift) as 2 | 3 | 4 } : unit))
}

/**
 * Reads the units of an HTML document and what its head declares. With `knownTitle` (from an export),
 * an <h1> that says something else is a heading of the body, not the title.
 */
export function parseHtml(input: string, knownTitle: string | null = null): Extracted & { losses: Losses } {
  const result = emptyExtracted()
  const document = parse(input)
  const head = readHead(document)
  const { root, isBody } = chooseRoot(document)

  // Metadata in the markup, read before page parts are dropped: bylines and tags often sit in them.
  const h1 = findFirst(root, byTag('h1'))
  const anyH1 = h1 ?? findFirst(document, byTag('h1'))
  const h1Text = anyH1 ? collapseWhitespace(textOf(anyH1)) : ''
  // "Introduction" as the first <h1> is a section heading, not the title.
  const genericH1 = isGenericHeading(h1Text)
  const titleSource = head.ogTitle
    ? stripSiteSuffix(head.ogTitle, head.siteName)
    : (!genericH1 && h1Text) || (head.documentTitle ? stripSiteSuffix(head.documentTitle, head.siteName) : '')
  result.title = titleSource && !isGenericHeading(titleSource) ? titleSource : null
  const hasDatetime = (element: Element) => element.tagName === 'time' && Boolean(attr(element, 'datetime'))
  const time = findFirst(root, hasDatetime) ?? findFirst(document, hasDatetime)
  result.publishedAt = head.publishedAt ?? (time ? parseDateValue(attr(time, 'datetime')) : null)
  const relOf = (element: Element) => (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/)
  const relAuthor = findFirst(document, (element) => element.tagName === 'a' && relOf(element).includes('author'))
  result.author = head.author ?? (relAuthor ? collapseWhitespace(textOf(relAuthor)) || null : null)
  const tagLinks = findAll(document, (element) => element.tagName === 'a' && relOf(element).some((rel) => rel === 'tag' || rel === 'category'))
  result.categories = [...head.categories, ...tagLinks.map((element) => collapseWhitespace(textOf(element)))].filter(Boolean)
  result.canonicalUrl = head.canonicalUrl
  // The meta description is not used as summary: blog builders fill it with the first ~160 characters, cut mid-word.

  // The first <h1> of the post is its title, shown above the body; it is not repeated in the body.
  const h1IsTitle = !genericH1 && (!knownTitle || comparableText(knownTitle) === comparableText(h1Text))
  const reader = new BodyReader(head.canonicalUrl, !isBody, h1IsTitle ? h1 : null)
  reader.walk(root, { bold: false, italic: false, link: null })
  reader.finish()
  result.units = shiftHeadings(reader.units)
  append(result.warnings, reader.warnings)
  return { ...result, losses: reader.losses() }
}
