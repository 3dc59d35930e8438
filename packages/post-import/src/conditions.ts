/** Finding which conditions a post mentions, by whole words and phrases. */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const DASHES_AND_SPACES = '[\\s\\-\\u2010\\u2011\\u2012\\u2013\\u2014]'

/**
 * One pattern per term. Words may be joined by spaces, hyphens or nothing ("post-traumatic",
 * "post traumatic", "posttraumatic"); a final word of three or more letters may take a plural "s";
 * acronyms of up to four capitals ("PTSD", "OCD") match only in capitals.
 */
export function termPattern(term: string): RegExp | null {
  const cleaned = term.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!cleaned) return null
  const acronym = /^[\p{Lu}\d]{2,4}$/u.test(cleaned) && /\p{Lu}/u.test(cleaned)
  const words = cleaned.split(new RegExp(`${DASHES_AND_SPACES}+`)).filter(Boolean)
  if (words.length === 0) return null
  const body = words.map((word) => escapeRegExp(word).replace(/['’]/g, "['’]")).join(`${DASHES_AND_SPACES}*`)
  const last = words.at(-1) ?? ''
  const plural = !acronym && /^\p{L}{3,}$/u.test(last) && !/s$/i.test(last) ? 's?' : ''
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu')
}

/**
 * Conditions mentioned in `text`, each once, with the term that occurs first in the text; in the order of
 * their first mention.
 */
export function findConditionMentions<T>(text: string, conditions: { key: T; terms: string[] }[]): { key: T; term: string }[] {
  const haystack = text.normalize('NFC').replace(/\u00a0/g, ' ')
  const found: { key: T; term: string; at: number; length: number }[] = []
  for (const condition of conditions) {
    let best: { term: string; at: number; length: number } | null = null
    for (const term of condition.terms) {
      const pattern = termPattern(term)
      const match = pattern?.exec(haystack)
      if (!match) continue
      if (!best || match.index < best.at || (match.index === best.at && match[0].length > best.length)) {
        best = { term, at: match.index, length: match[0].length }
      }
    }
    if (best) found.push({ key: condition.key, ...best })
  }
  return found.sort((a, b) => a.at - b.at).map(({ key, term }) => ({ key, term }))
}
