/**
 * WordPress eXtended RSS (WXR): the whole-blog export of WordPress and Squarespace. Read with
 * fast-xml-parser; each published post's HTML then goes through `parsePost`, with the export's own fields
 * (title, author, date, categories, tags, link) winning over what the body suggests.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { parseDateValue } from './dates'
import { imagesOf, type HtmlImage } from './html'
import { collapseWhitespace } from './normalize'
import { parsePost } from './parse'
import { MAX_IMPORT_BYTES, type ParsedPost } from './types'

export interface WxrItem {
  /** wp:post_id */
  id: string | null
  title: string
  /** The post's address on the old site (link, made absolute against the site's), for redirects. */
  link: string | null
  guid: string | null
  /** wp:post_name */
  slug: string | null
  /** wp:post_type: "post", "page", "attachment", … */
  postType: string
  /** wp:status: "publish", "draft", "pending", "private", "future", … */
  status: string
  /** The author's display name (from the export's wp:author entries), else dc:creator as written. */
  author: string | null
  /** dc:creator as written: a login in WordPress exports, a name or e-mail in others. */
  creator: string | null
  authorEmail: string | null
  /** ISO date (yyyy-mm-dd) from wp:post_date, else pubDate. */
  publishedAt: string | null
  categories: string[]
  tags: string[]
  /** excerpt:encoded, when the author wrote one. */
  excerpt: string | null
  /** content:encoded, as exported. */
  html: string
  parentId: string | null
  /** Images in the content, with their alt text (null when it is missing). */
  images: HtmlImage[]
}

export interface WxrAttachment {
  id: string | null
  /** The post the file was uploaded to, when any. */
  parentId: string | null
  url: string
  title: string
  /** _wp_attachment_image_alt; null when the export has none. */
  alt: string | null
}

export type WxrSkipReason = 'page' | 'attachment' | 'draft' | 'other'

export interface WxrSkipped {
  title: string
  postType: string
  status: string
  link: string | null
  reason: WxrSkipReason
}

export interface WxrResult {
  site: { title: string | null; link: string | null }
  /** Published posts, in export order, each with its parsed draft. */
  posts: { item: WxrItem; parsed: ParsedPost }[]
  /** Items not imported, counted by kind: pages, attachments, unpublished posts (drafts, pending, private, scheduled, trash), anything else. */
  skipped: Record<'pages' | 'attachments' | 'drafts' | 'other', number>
  skippedItems: WxrSkipped[]
  /** Every attachment in the export (also those of skipped items), for media import. */
  attachments: WxrAttachment[]
  /** Problems with the file as a whole, in plain English. */
  warnings: string[]
}

type XmlNode = Record<string, unknown>

const LISTS = new Set(['item', 'category', 'wp:author', 'wp:postmeta'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay strings: a post titled "2024" or a slug "007" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => LISTS.has(name),
})

/** Text of an element that may carry attributes ({ '#text': … }) or be empty. */
function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value && typeof value === 'object' && '#text' in value) return text((value as XmlNode)['#text'])
  return ''
}

const clean = (value: unknown): string | null => collapseWhitespace(text(value)) || null
const nodes = (value: unknown): XmlNode[] => (Array.isArray(value) ? value.filter((entry): entry is XmlNode => Boolean(entry) && typeof entry === 'object') : [])

/** "Fri, 03 Mar 2023 10:00:00 +0000" → "2023-03-03". */
function rfc822Date(value: string): string | null {
  const match = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\b/.exec(value.trim())
  return match ? parseDateValue(`${match[1]} ${match[2]} ${match[3]}`) : null
}

const BLOCK_START = /^<(?:p|h[1-6]|ul|ol|li|blockquote|div|figure|table|pre|hr|section|article|!--|img|iframe)\b/i

/**
 * Posts written in the classic WordPress editor are stored without <p>: WordPress adds them when it shows
 * the page (wpautop). Blank lines become paragraph breaks here too.
 */
export function autoParagraphs(html: string): string {
  if (/<p[\s>]/i.test(html) || !/\n\s*\n/.test(html)) return html
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk}</p>`))
    .join('\n')
}

function postmeta(item: XmlNode, key: string): string | null {
  const entry = nodes(item['wp:postmeta']).find((meta) => text(meta['wp:meta_key']).trim() === key)
  return entry ? clean(entry['wp:meta_value']) : null
}

function readAuthors(channel: XmlNode): Map<string, { name: string; email: string | null }> {
  const authors = new Map<string, { name: string; email: string | null }>()
  for (const author of nodes(channel['wp:author'])) {
    const login = clean(author['wp:author_login'])
    const email = clean(author['wp:author_email'])
    const full = [clean(author['wp:author_first_name']), clean(author['wp:author_last_name'])].filter(Boolean).join(' ')
    const name = clean(author['wp:author_display_name']) ?? (full || login || email)
    if (!name) continue
    for (const key of [login, email]) if (key) authors.set(key.toLowerCase(), { name, email })
  }
  return authors
}

/** Squarespace writes links relative to the site ("/blog/post"); redirects need the whole address. */
function absolute(link: string | null, site: string | null): string | null {
  if (!link || /^https?:\/\//i.test(link) || !site || !URL.canParse(link, site)) return link
  return new URL(link, site).href
}

function readItem(node: XmlNode, authors: Map<string, { name: string; email: string | null }>, site: string | null): WxrItem {
  const creator = clean(node['dc:creator'])
  const known = creator ? authors.get(creator.toLowerCase()) : undefined
  const categories = nodes(node.category)
  const termsOf = (domain: string) => categories.filter((category) => text(category['@_domain']) === domain).map((category) => clean(category)).filter((name): name is string => Boolean(name))
  const html = text(node['content:encoded'])
  return {
    id: clean(node['wp:post_id']),
    title: clean(node.title) ?? '',
    link: absolute(clean(node.link), site),
    guid: clean(node.guid),
    slug: clean(node['wp:post_name']),
    postType: clean(node['wp:post_type'])?.toLowerCase() ?? 'post',
    status: clean(node['wp:status'])?.toLowerCase() ?? 'publish',
    author: known?.name ?? (creator && !creator.includes('@') ? creator : null),
    creator,
    authorEmail: known?.email ?? (creator?.includes('@') ? creator : null),
    publishedAt: parseDateValue(text(node['wp:post_date']).trim()) ?? rfc822Date(text(node.pubDate)) ?? parseDateValue(text(node['wp:post_date_gmt']).trim()),
    categories: termsOf('category'),
    tags: termsOf('post_tag'),
    excerpt: clean(node['excerpt:encoded']),
    html,
    parentId: clean(node['wp:post_parent']) === '0' ? null : clean(node['wp:post_parent']),
    images: imagesOf(html),
  }
}

function skipReason(item: WxrItem): WxrSkipReason | null {
  if (item.postType === 'page') return 'page'
  if (item.postType === 'attachment') return 'attachment'
  if (item.postType !== 'post') return 'other'
  return item.status === 'publish' ? null : 'draft'
}

const emptyResult = (warnings: string[]): WxrResult => ({
  site: { title: null, link: null },
  posts: [],
  skipped: { pages: 0, attachments: 0, drafts: 0, other: 0 },
  skippedItems: [],
  attachments: [],
  warnings,
})

const SKIP_KEYS = { page: 'pages', attachment: 'attachments', draft: 'drafts', other: 'other' } as const

/**
 * Reads a WXR export. Never throws: a file that is not a readable export gives no posts and a warning.
 * Only published items of type "post" are parsed; the rest are counted in `skipped`.
 */
export function parseWxr(xml: string): WxrResult {
  if (typeof xml !== 'string' || !xml.trim()) return emptyResult(['The export is empty.'])
  // Whole blogs are larger than single posts; beyond this the parser would hold too much in memory.
  if (xml.length > MAX_IMPORT_BYTES * 20) return emptyResult(['The export is larger than 100 MB and was not read.'])
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return emptyResult([`The export is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); nothing was imported from it.`])
  let document: XmlNode
  try {
    document = parser.parse(xml) as XmlNode
  } catch (error) {
    return emptyResult([`The export could not be read (${error instanceof Error ? error.message : String(error)}); nothing was imported from it.`])
  }
  const rss = document.rss as XmlNode | undefined
  const channel = rss && typeof rss === 'object' ? (rss.channel as XmlNode | undefined) : undefined
  if (!channel || typeof channel !== 'object') return emptyResult(['The file is XML but not a WordPress export (no <rss><channel>); nothing was imported from it.'])

  const result = emptyResult([])
  result.site = { title: clean(channel.title), link: clean(channel.link) }
  const authors = readAuthors(channel)
  const items = nodes(channel.item).map((node) => ({ node, item: readItem(node, authors, result.site.link) }))

  for (const { node, item } of items) {
    if (item.postType !== 'attachment') continue
    const url = clean(node['wp:attachment_url']) ?? item.guid
    if (url) result.attachments.push({ id: item.id, parentId: item.parentId, url, title: item.title, alt: postmeta(node, '_wp_attachment_image_alt') })
  }
  // An image without alt in the content may have one on its attachment.
  const altByUrl = new Map(result.attachments.flatMap((attachment) => (attachment.alt ? [[attachment.url, attachment.alt] as const] : [])))

  for (const { item } of items) {
    const reason = skipReason(item)
    if (reason) {
      result.skipped[SKIP_KEYS[reason]]++
      result.skippedItems.push({ title: item.title, postType: item.postType, status: item.status, link: item.link, reason })
      continue
    }
    item.images = item.images.map((image) => ({ ...image, alt: image.alt ?? altByUrl.get(image.url) ?? null }))
    const parsed = parsePost({
      name: `${item.slug ?? item.id ?? 'post'}.html`,
      text: autoParagraphs(item.html),
      format: 'html',
      known: { title: item.title, author: item.author, publishedAt: item.publishedAt, categories: item.categories, tags: item.tags, canonicalUrl: item.link, summary: item.excerpt },
    })
    result.posts.push({ item, parsed })
  }
  if (items.length === 0) result.warnings.push('The export has no items.')
  return result
}
