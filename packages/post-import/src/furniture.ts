/**
 * Page furniture: navigation, share buttons, counters, bylines and dates that come along when a blog page
 * is copied. A line is furniture only when it matches entirely; a sentence that merely contains "next" or
 * "share" stays.
 */
import { matchDateLine, type DateMatch } from './dates'
import { append } from './lists'
import { isTitleLike } from './normalize'
import { applyJoins, findJoins, type Join } from './runTogether'

const SOCIAL = ['facebook', 'twitter', 'x', 'linkedin', 'instagram', 'pinterest', 'youtube', 'tiktok', 'whatsapp', 'reddit']

/** "Previous"/"Next": the line after them is the title of the neighbouring post. */
const NAV = [
  'previous', 'prev', 'next', 'previous post', 'next post', 'previous article', 'next article', 'older post',
  'newer post', 'older posts', 'newer posts',
]

/** Headings of post lists: the title-like lines after them are other posts. */
const ZONE = [
  'recent posts', 'related posts', 'related articles', 'more posts', 'popular posts', 'latest posts',
  'you may also like', 'you might also like', 'read next', 'more from our blog', 'post navigation', 'related',
  'keep reading', 'more articles',
]

/** Site menu entries: furniture only next to other furniture, since "FAQ" or "Contact us" may head a section. */
const MENU = [
  'about', 'about us', 'services', 'our services', 'treatments', 'blog', 'our blog', 'contact', 'team', 'our team',
  'meet the team', 'faq', 'faqs', 'locations', 'pricing', 'careers', 'patient portal', 'new patients', 'shop', 'events',
  'testimonials', 'press', 'podcast', 'news', 'conditions', 'conditions we treat', 'get started', 'more',
]

const PLAIN = [
  'top of page', 'back to top', 'scroll to top', 'skip to content', 'skip to main content', 'follow us',
  'follow', 'follow us on social media', 'share', 'share this', 'share this post', 'share this article',
  'share this page', 'share post', 'share article', 'log in', 'login', 'sign in', 'sign up', 'log in / sign up',
  'log in to like', 'subscribe', 'subscribe now', 'see all', 'view all', 'all posts', 'post not marked as liked',
  'post marked as liked', "writer's picture", 'comments', 'write a comment', 'leave a comment', 'leave a reply',
  'reply', 'like', 'liked', 'menu', 'home', 'search', 'print', 'copy link', 'link copied',
  'bottom of page', 'no comments', 'no comments yet', 'be the first to comment', 'comment', 'cancel reply', 'post comment',
  'like this', 'loading', 'loading...', 'continue reading', 'read more', 'newest first', 'oldest first', 'top comments',
  'accept', 'accept all', 'accept all cookies', 'accept cookies', 'decline', 'reject', 'reject all', 'cookie settings',
  'cookie preferences', 'manage cookies', 'manage preferences', 'got it', 'privacy policy', 'terms of use', 'terms & conditions',
  'book now', 'book online', 'book a call', 'contact us', 'email address', 'your email', 'enter your email',
  'enter your email address', 'thanks for subscribing', 'thank you for subscribing', 'featured', 'edit', 'email', 'website',
  'name', 'sms', 'more actions', 'share via', 'copy', 'embed',
  ...SOCIAL,
  ...SOCIAL.flatMap((name) => [`share on ${name}`, `share via ${name}`, `follow us on ${name}`]),
]

const NAV_SET = new Set(NAV)
const MENU_SET = new Set(MENU)
const ZONE_SET = new Set(ZONE)
const PLAIN_SET = new Set(PLAIN)

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const SEPARATORS = "[\\s|·•:›»«‹→←/-]*"
const RUN_PHRASES = [...NAV, ...PLAIN]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s*'))
  .join('|')
// Furniture phrases glued to each other, e.g. "Follow usFacebookLinkedIn".
const FURNITURE_RUN = new RegExp(`^(?:${SEPARATORS}(?:${RUN_PHRASES}))+${SEPARATORS}$`, 'i')
const NAV_RUN = new RegExp(`^(?:${SEPARATORS}(?:${[...NAV].sort((a, b) => b.length - a.length).join('|')}))+${SEPARATORS}$`, 'i')

const COUNTERS = /^(?:\d[\d,.]*\s*[km]?\s*(?:views?|comments?|likes?|shares?|reads?|repl(?:y|ies))\s*)+$/i
// "Comments (3)", "Views: 1,204".
const LABELLED_COUNTER = /^(?:views?|comments?|likes?|shares?|responses?)\s*[:(]?\s*\d[\d,.]*\s*[km]?\s*\)?$/i
/** Whole-line prompts that are not the post's own words: cookie notices, comment forms, newsletter and booking calls. */
const PROMPTS = [
  /^(?:this (?:web)?site|our (?:web)?site|we)\b.{0,120}\bcookies\b.{0,150}$/i,
  /^by (?:using|continuing|browsing)\b.{0,80}\b(?:cookies|privacy policy)\b.{0,80}$/i,
  /^your email address will not be published\b.{0,80}$/i,
  /^save my name,? email,?\b.{0,100}$/i,
  /^(?:name|email|website|comment)\s*\*$/i,
  /^(?:subscribe|sign up|join|get)\b.{0,60}\b(?:newsletter|mailing list|email list|inbox|blog updates)\b.{0,60}$/i,
  /^never miss (?:a|an) (?:post|update|article)\b.{0,40}$/i,
  /^(?:book|schedule|request|reserve)\b.{0,40}\b(?:consultations?|consults?|appointments?|visits?|calls?|sessions?)\b.{0,40}$/i,
  /^call (?:us|now|today)\b.{0,60}$/i,
  /^ready to (?:start|begin|get started|take the (?:first|next) step)\b.{0,80}\b(?:book|call|contact|schedule|reach out)\b.{0,60}$/i,
  /^click to (?:share|email|print)\b.{0,60}$/i,
  /^in\s+["“][^"”]{1,60}["”]$/i,
]
// "Previous post: Title", "Next →  Title": the neighbour's title on the same line.
const NAV_WITH_TITLE = /^[«‹←<\s]*(?:previous|prev|next|older|newer)(?:\s+(?:post|article|entry|story))?\s*[:：–—|→»›>]+\s*(\S.{2,148})$/i
const MENU_RUN = new RegExp(`^(?:(?:${[...MENU, 'home'].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, '\\s+')).join('|')})(?:\\s*[|·•/]\\s*|\\s+|$)){3,}$`, 'i')
const LIKED = /^\d*\s*post (?:not )?marked as liked$/i
const READ_TIME = /^(?:(?:\d+\s*(?:-|–|to)\s*)?\d+\s*(?:min(?:ute)?s?|m)\.?\s+read|(?:estimated\s+)?reading time:?\s*\d+\s*min(?:ute)?s?)$/i
const BREADCRUMB = /^home\s*(?:[>›»/|]\s*[^>›»/|]{1,60}){1,5}$/i
const CATEGORIES = /^(?:categories|category|tags|tagged(?: with)?|topics)\s*:\s*(.*)$|^(?:posted in|filed under|tagged(?: with)?)\s*:?\s+(.+)$/i
// WordPress themes: "Posted on April 2, 2024 by Dana Whitfield".
const POSTED_ON_BY = /^(?:posted|published)(?:\s+on)?\s+(.{6,40}?)\s+by\s+(.+)$/i
const AUTHOR = /^(?:by|written by|posted by|words by|authored by|author|writer)\s*:?\s+(.+)$/i

/** Lower case, curly quotes straightened, decoration such as "« " or " →" stripped, for exact comparison. */
function forMatching(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s«‹←<|·•›»→>:–—-]+/, '')
    .replace(/[\s«‹←<|·•›»→>:–—.!-]+$/, '')
}

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx)\.?$/i
const POSTNOMINAL =
  /^(?:md|do|phd|ph\.d\.?|psyd|pharmd|dnp|np|pa|pa-c|rn|bsn|msn|aprn|fnp|fnp-bc|pmhnp|pmhnp-bc|bc|lcsw|lmft|lpc|lpcc|lmhc|msw|ma|ms|msc|mph|mba|crna|facp|mbbs|mrcpsych|frcpc|frcp)\.?$/i
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.(?:\p{Lu}\.)?)$/u
const PARTICLE = /^(?:de|da|del|della|der|di|du|la|le|van|von|bin|al)$/

function isPersonName(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 6) return false
  if (words.every((word) => POSTNOMINAL.test(word))) return true
  const honorific = words[0] !== undefined && HONORIFIC.test(words[0])
  const rest = honorific ? words.slice(1) : words
  if (rest.length === 0 || rest.length > 5 || (!honorific && rest.length < 2)) return false
  if (rest[0] === undefined || !NAME_WORD.test(rest[0])) return false
  return rest.every((word) => NAME_WORD.test(word) || PARTICLE.test(word) || POSTNOMINAL.test(word))
}

/** "Jane Doe", "Dr. J. Doe, MD", "Jane Doe and Sam Roe": people, not a sentence. */
export function looksLikeName(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length < 3 || trimmed.length > 80) return false
  const parts = trimmed.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean)
  return parts.length > 0 && parts.every(isPersonName) && !parts.every((part) => POSTNOMINAL.test(part))
}

/**
 * A name standing alone as a byline: it looks like a person's name and none of its words is used in lower
 * case elsewhere in the post. Title-case titles ("Understanding Ketamine Care") fail the second test.
 */
export function isBylineName(text: string, lowerCaseWords: ReadonlySet<string>): boolean {
  if (!looksLikeName(text)) return false
  const words = text.split(/[\s,&]+/).filter((word) => word && !HONORIFIC.test(word) && !POSTNOMINAL.test(word) && !PARTICLE.test(word) && word !== 'and')
  return words.length > 0 && words.every((word) => !lowerCaseWords.has(word.toLowerCase().replace(/[.'’]+$/, '')))
}

/** Words that occur in lower case somewhere in the texts. */
export function lowerCaseWordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>()
  for (const text of texts) for (const match of text.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu)) words.add(match[0].replace(/['’]+$/, ''))
  return words
}

export type LineKind =
  | { kind: 'nav' }
  | { kind: 'zone' }
  | { kind: 'plain' }
  | { kind: 'menu' }
  | { kind: 'meta'; date?: DateMatch; author?: string; categories?: string[]; readTime?: boolean }

function splitCategories(list: string): string[] | null {
  const items = list
    .split(/[,;|·•]/)
    .map((item) => item.trim())
    .filter(Boolean)
  // A real category is a short label; "Posted in 2019, this study…" is a sentence.
  if (items.some((item) => item.length > 40 || item.split(/\s+/).length > 5 || /[.!?]$/.test(item))) return null
  return items
}

function classifyPart(part: string): LineKind | null {
  const date = matchDateLine(part)
  if (date) return { kind: 'meta', date }
  if (READ_TIME.test(part)) return { kind: 'meta', readTime: true }
  if (COUNTERS.test(part) || LABELLED_COUNTER.test(part) || LIKED.test(part)) return { kind: 'plain' }
  const author = AUTHOR.exec(part)
  if (author?.[1] && looksLikeName(author[1])) return { kind: 'meta', author: author[1].trim() }
  return null
}

const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'
const DATE_IN_LINE = new RegExp(`(?<!\\S)(?:${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+\\d{4})(?!\\S)`, 'i')

/** "Noor Haddad Nov 7, 2023 2 min read": a byline whose parts were separate elements, joined by spaces only. */
function spacedByline(line: string): LineKind | null {
  const found = DATE_IN_LINE.exec(line)
  const date = found ? matchDateLine(found[0]) : null
  if (!found || !date) return null
  const before = line.slice(0, found.index).trim()
  const after = line.slice(found.index + found[0].length).trim()
  if ((before && !looksLikeName(before)) || (after && !READ_TIME.test(after)) || (!before && !after)) return null
  return { kind: 'meta', date, ...(before ? { author: before } : {}), ...(after ? { readTime: true } : {}) }
}

/** What kind of furniture a whole line is, or null when it is content. */
export function classifyLine(line: string): LineKind | null {
  const trimmed = line.trim()
  if (!trimmed || trimmed.length > 200) return null
  const key = forMatching(trimmed)
  if (NAV_SET.has(key)) return { kind: 'nav' }
  if (ZONE_SET.has(key)) return { kind: 'zone' }
  if (PLAIN_SET.has(key)) return { kind: 'plain' }
  if (NAV_RUN.test(trimmed)) return { kind: 'nav' }
  if (FURNITURE_RUN.test(trimmed) || BREADCRUMB.test(trimmed) || MENU_RUN.test(trimmed)) return { kind: 'plain' }
  if (MENU_SET.has(key)) return { kind: 'menu' }
  if (PROMPTS.some((pattern) => pattern.test(trimmed))) return { kind: 'plain' }
  const neighbour = NAV_WITH_TITLE.exec(trimmed)
  if (neighbour?.[1] && isTitleLike(neighbour[1])) return { kind: 'plain' }
  const categories = CATEGORIES.exec(trimmed)
  if (categories) {
    const items = splitCategories(categories[1] ?? categories[2] ?? '')
    if (items) return { kind: 'meta', categories: items }
  }
  const single = classifyPart(trimmed)
  if (single) return single
  const spaced = spacedByline(trimmed)
  if (spaced) return spaced
  const postedOnBy = POSTED_ON_BY.exec(trimmed)
  const postedDate = postedOnBy?.[1] ? matchDateLine(postedOnBy[1]) : null
  if (postedDate && postedOnBy?.[2] && looksLikeName(postedOnBy[2])) return { kind: 'meta', date: postedDate, author: postedOnBy[2].trim() }
  // "Jane Doe · Jun 29, 2023 · 3 min read": every part must be metadata; a bare name only next to a date.
  const parts = trimmed.split(/\s+[·|•]\s+|\s+[–—-]\s+(?=\d)/)
  if (parts.length < 2) return null
  const merged: LineKind & { kind: 'meta' } = { kind: 'meta' }
  const names: string[] = []
  for (const part of parts) {
    const kind = classifyPart(part)
    if (kind?.kind === 'meta') Object.assign(merged, { ...kind, ...(merged.date && kind.date ? { date: merged.date } : {}) })
    else if (kind) continue
    else if (looksLikeName(part)) names.push(part.trim())
    else return null
  }
  if (names.length > 0) {
    if (!merged.date && !merged.readTime) return null
    merged.author ??= names.join(', ')
  }
  return merged
}

/** True when the whole text is furniture (used to cut glued furniture off a line). */
export const isFurniture = (text: string): boolean => classifyLine(text) !== null

export interface GluedLayout {
  /** Pieces of the text (offsets into it); `glued` marks content that had furniture glued to it. */
  pieces: { start: number; end: number; glued: boolean }[]
  /** Run-together joins inside the pieces, where a space belongs. */
  joins: Join[]
  /** Every split made, for the report. */
  splits: string[]
}

/**
 * Finds run-together words in a line, and where furniture was glued to content:
 * "Emerging Evidence in PsychiatryFollow us" → "Emerging Evidence in Psychiatry" + "Follow us".
 */
export function layoutGlued(text: string): GluedLayout {
  const whole = { pieces: [{ start: 0, end: text.length, glued: false }], joins: [], splits: [] }
  if (!text.trim() || isFurniture(text)) return whole
  const joins = findJoins(text)
  if (joins.length === 0) return whole
  let start = 0
  let end = text.length
  for (const join of joins) if (isFurniture(text.slice(0, join.at))) start = join.at
  for (const join of [...joins].reverse()) if (join.at > start && isFurniture(text.slice(join.at))) end = join.at
  const pieces: GluedLayout['pieces'] = []
  if (start > 0) pieces.push({ start: 0, end: start, glued: false })
  pieces.push({ start, end, glued: start > 0 || end < text.length })
  if (end < text.length) pieces.push({ start: end, end: text.length, glued: false })
  return { pieces, joins: joins.filter((join) => join.at > start && join.at < end), splits: joins.map((join) => join.report) }
}

/** `layoutGlued` for plain strings: the pieces as trimmed texts with their joins spaced. */
export function separateGlued(line: string): { parts: { text: string; glued: boolean }[]; splits: string[] } {
  const layout = layoutGlued(line)
  const parts = layout.pieces
    .map((piece) => {
      const inner = layout.joins.filter((join) => join.at > piece.start && join.at < piece.end).map((join) => ({ ...join, at: join.at - piece.start }))
      return { text: applyJoins(line.slice(piece.start, piece.end), inner).trim(), glued: piece.glued }
    })
    .filter((part) => part.text)
  return { parts, splits: layout.splits }
}

export interface FurnitureItem {
  text: string
  /** Content that had furniture glued to it. */
  glued?: boolean
  /** Known to be furniture already (a page part the HTML reader dropped). */
  furniture?: boolean
}

export interface FurnitureResult {
  keep: boolean[]
  removed: string[]
  author: string | null
  publishedAt: string | null
  categories: string[]
  /** Dates seen but not usable; reported only when no publication date was found. */
  dateNotes: string[]
}

/**
 * Decides which lines are furniture. `titleKnown` says whether the post title came from markup (HTML,
 * front matter); when it did not, the first content line is the title candidate and never a byline.
 */
export function stripFurniture(items: readonly FurnitureItem[], options: { titleKnown: boolean }): FurnitureResult {
  const classified = items.map((item): LineKind | null => (item.furniture ? { kind: 'plain' } : classifyLine(item.text)))
  // A menu entry alone ("FAQ" above questions) is content; beside other furniture it is part of a menu.
  const kinds = classified.map((kind, index) =>
    kind?.kind === 'menu' && !classified[index - 1] && !classified[index + 1] ? null : kind,
  )
  const keep = items.map(() => true)
  const result: FurnitureResult = { keep, removed: [], author: null, publishedAt: null, categories: [], dateNotes: [] }
  const lowerCaseWords = lowerCaseWordsOf(items.map((item) => item.text))
  const contentAt = kinds.flatMap((kind, index) => (kind === null ? [index] : []))
  // A name alone above the title (or, when the title is known, at the top of the body) is the byline.
  const bylineAt = options.titleKnown ? contentAt.slice(0, 2) : contentAt.slice(0, 1)
  const byline = bylineAt.find((at) => {
    const text = items[at]?.text ?? ''
    const next = contentAt[contentAt.indexOf(at) + 1]
    const nextText = items[next ?? -1]?.text ?? ''
    // Two names in a row: the first is a title that happens to look like one ("Jane Doe Speaks").
    return isBylineName(text, lowerCaseWords) && next !== undefined && !isBylineName(nextText, lowerCaseWords) && (options.titleKnown || isTitleLike(nextText))
  })
  if (byline !== undefined) kinds[byline] = { kind: 'meta', author: (items[byline]?.text ?? '').trim() }
  const firstContent = options.titleKnown ? -1 : kinds.findIndex((kind) => kind === null)
  let afterNav = false
  let inZone = false

  items.forEach((item, index) => {
    const kind = kinds[index]
    if (kind) {
      keep[index] = false
      if (kind.kind === 'nav') afterNav = true
      if (kind.kind === 'zone') inZone = true
      if (kind.kind === 'meta') {
        if (kind.author) result.author ??= kind.author
        if (kind.categories) append(result.categories, kind.categories)
        if (kind.date?.kind === 'date' && !kind.date.updated) result.publishedAt ??= kind.date.iso
        else if (kind.date?.kind === 'ambiguous') result.dateNotes.push(`The date "${item.text.trim()}" is ambiguous (day and month could be either way round) and was not used.`)
        else if (kind.date?.kind === 'no-year') result.dateNotes.push(`The date "${item.text.trim()}" has no year and was not used.`)
      }
      return
    }
    const titleLike = isTitleLike(item.text)
    if (afterNav) {
      afterNav = false
      if (titleLike) keep[index] = false
    } else if (inZone) {
      if (titleLike) keep[index] = false
      else inZone = false
    } else if (item.glued && titleLike && index !== firstContent) {
      keep[index] = false
    }
  })

  // A bare name right before or after a date or reading time is the byline ("Jane Doe", "Jun 29, 2023").
  items.forEach((item, index) => {
    if (!keep[index] || index === firstContent || !looksLikeName(item.text)) return
    const isDateOrReadTime = (at: number) => {
      const kind = kinds[at]
      return kind?.kind === 'meta' && Boolean(kind.date || kind.readTime)
    }
    if (!isDateOrReadTime(index - 1) && !isDateOrReadTime(index + 1)) return
    keep[index] = false
    result.author ??= item.text.trim()
  })

  items.forEach((item, index) => {
    if (!keep[index]) result.removed.push(item.text.replace(/\s+/g, ' ').trim())
  })
  return result
}
