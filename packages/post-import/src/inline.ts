/** Helpers for runs of inline content (text with bold/italic, links). */
import type { Inline } from './types'

export const plainText = (inlines: readonly Inline[]): string => inlines.map((inline) => inline.text).join('')

const sameFormat = (a: Inline, b: Inline): boolean => {
  if (a.type === 'link' || b.type === 'link') return a.type === 'link' && b.type === 'link' && a.url === b.url
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic)
}

function cleanFlags(inline: Inline): Inline {
  if (inline.type === 'link') return { type: 'link', url: inline.url, text: inline.text }
  const result: Inline = { type: 'text', text: inline.text }
  if (inline.bold) result.bold = true
  if (inline.italic) result.italic = true
  return result
}

/**
 * Collapses whitespace (also across inline boundaries), trims the ends, merges neighbours with the same
 * formatting and drops empty pieces, so equal content always gives equal structures.
 */
export function normalizeInlines(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const original of inlines) {
    const inline = cleanFlags({ ...original, text: original.text.replace(/\s+/g, ' ') })
    const previous = merged.at(-1)
    if (previous?.text.endsWith(' ') && inline.text.startsWith(' ')) inline.text = inline.text.slice(1)
    if (!inline.text) continue
    if (previous && sameFormat(previous, inline)) previous.text += inline.text
    else merged.push(inline)
  }
  const first = merged[0]
  if (first) first.text = first.text.replace(/^ /, '')
  const last = merged.at(-1)
  if (last) last.text = last.text.replace(/ $/, '')
  return merged.filter((inline) => inline.text !== '')
}

/** The inline content between two offsets of its plain text. */
export function sliceInlines(inlines: readonly Inline[], start: number, end: number): Inline[] {
  const result: Inline[] = []
  let offset = 0
  for (const inline of inlines) {
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + inline.text.length)
    if (from < to) result.push({ ...inline, text: inline.text.slice(from - offset, to - offset) })
    offset += inline.text.length
  }
  return result
}

/** Inserts one space at each offset of the plain text (offsets in ascending order). */
export function insertSpaces(inlines: readonly Inline[], offsets: readonly number[]): Inline[] {
  if (offsets.length === 0) return inlines.map((inline) => ({ ...inline }))
  const result: Inline[] = []
  let offset = 0
  for (const inline of inlines) {
    const end = offset + inline.text.length
    let text = ''
    let cursor = 0
    for (const at of offsets) {
      // An offset on a boundary belongs to the inline that starts there.
      if (at < offset || at >= end) continue
      text += inline.text.slice(cursor, at - offset) + ' '
      cursor = at - offset
    }
    result.push({ ...inline, text: text + inline.text.slice(cursor) })
    offset = end
  }
  return result
}

// Bare web addresses in plain text; trailing punctuation is cut off afterwards.
const BARE_URL = /https?:\/\/[^\s<>"“”]+/g

/** Trims sentence punctuation after an address, keeping balanced parentheses: "(see https://x.org/a_(b))." */
export function trimUrlEnd(url: string): string {
  let result = url
  for (;;) {
    const last = result.at(-1)
    if (last && '.,;:!?\'"’”]>'.includes(last)) {
      result = result.slice(0, -1)
      continue
    }
    if (last === ')') {
      const open = (result.match(/\(/g) ?? []).length
      const close = (result.match(/\)/g) ?? []).length
      if (close > open) {
        result = result.slice(0, -1)
        continue
      }
    }
    return result
  }
}

/** Plain text with bare http(s) addresses turned into links. */
export function textWithLinks(text: string): Inline[] {
  const result: Inline[] = []
  let cursor = 0
  for (const match of text.matchAll(BARE_URL)) {
    const url = trimUrlEnd(match[0])
    if (!URL.canParse(url)) continue
    const start = match.index
    if (start > cursor) result.push({ type: 'text', text: text.slice(cursor, start) })
    result.push({ type: 'link', url, text: url })
    cursor = start + url.length
  }
  if (cursor < text.length) result.push({ type: 'text', text: text.slice(cursor) })
  return result
}
