/** Short texts for listings: the summary and the file-name title. */
import { collapseWhitespace } from './normalize'
import { isAbbreviation } from './runTogether'

export const SUMMARY_MAX = 300

/**
 * At most `max` characters, cut after the last whole sentence that fits (when that keeps a useful length),
 * else after the last whole word, with an ellipsis. Never cuts inside a word unless one word is longer than
 * `max`.
 */
export function summarize(text: string, max = SUMMARY_MAX): string | null {
  const clean = collapseWhitespace(text)
  if (!clean) return null
  if (clean.length <= max) return clean
  let sentenceEnd = 0
  for (const match of clean.matchAll(/[.!?]["'”’)]*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu)) {
    const end = match.index + match[0].length
    if (end > max) break
    const word = /(\S+)$/.exec(clean.slice(0, match.index))?.[1] ?? ''
    // "Dr. Smith", "e.g. Ketamine", "J. Doe": not the end of a sentence.
    if (match[0].startsWith('.') && (isAbbreviation(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word))) continue
    sentenceEnd = end
  }
  if (sentenceEnd >= max * 0.4) return clean.slice(0, sentenceEnd)
  const room = clean.slice(0, max - 1)
  const space = room.lastIndexOf(' ')
  const cut = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:–—-]+$/, '')
  return `${cut}…`
}

/** "clinic-post_3.txt" → "Clinic post 3". */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const words = base
    .replace(/\.[a-z0-9]{1,10}$/i, '')
    .replace(/[-_.+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Untitled post'
}
