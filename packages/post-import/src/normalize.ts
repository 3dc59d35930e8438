/** Character-level clean-up shared by every format. */

// Zero-width characters and soft hyphens come along when text is copied from web pages.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
// Non-breaking and other fixed-width spaces behave like plain spaces for our purposes.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g

/** Strips a BOM, unifies line ends and odd spaces, removes invisible characters, and composes to NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .normalize('NFC')
}

export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Ends with a full stop, comma, semicolon or colon (not ? or !, which headings may end with). */
export const endsLikeSentence = (text: string): boolean => /[.,;:…]["'”’)\]]*$/.test(text.trim())

const BULLET_START = /^(?:[•·▪●◦‣∙○■□➢➤►▶✓✔]|[-*–](?=\s)|\d{1,3}[.)](?=\s))/

export const startsWithBullet = (text: string): boolean => BULLET_START.test(text.trim())

/**
 * Short, no full stop at the end, not starting in lower case: what a post title or the title of a
 * neighbouring post looks like. Headings use the stricter `isHeadingLike`.
 */
export function isTitleLike(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed || trimmed.length > 150) return false
  if (trimmed.split(/\s+/).length > 25) return false
  if (endsLikeSentence(trimmed)) return false
  if (/^\p{Ll}/u.test(trimmed)) return false
  return !startsWithBullet(trimmed)
}

/** Heading candidates: at most 90 characters and 12 words, no terminal sentence punctuation, capitalised. */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed || trimmed.length > 90) return false
  if (trimmed.split(/\s+/).length > 12) return false
  if (endsLikeSentence(trimmed) || /!$/.test(trimmed)) return false
  if (!/^[\p{Lu}\p{N}"'“‘(]/u.test(trimmed)) return false
  return !startsWithBullet(trimmed)
}

/** Lower-cased, quotes and dashes unified, punctuation dropped: for comparing titles. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const GENERIC_HEADING =
  /^(?:introduction|intro|overview|summary|background|abstract|contents|table of contents|in this (?:article|post)|key points|at a glance|tl;?\s?dr|preface|foreword|about this (?:article|post))\s*:?$/i

/** A section heading any post could start with ("Introduction", "Overview"): never a post's title. */
export const isGenericHeading = (text: string): boolean => GENERIC_HEADING.test(text.trim())
