/** Reference lists: recognising their heading and reading each entry's identifiers and parts. */
import { trimUrlEnd } from './inline'
import { collapseWhitespace } from './normalize'
import type { SourceEntry } from './types'

const SOURCES_LABEL = /^(?:sources?|references?|further reading|bibliography|citations?|works cited|studies cited|reading list)\s*:?$/i

/** "Sources", "References:", "Further reading" … as a heading of their own. */
export const isSourcesLabel = (text: string): boolean => SOURCES_LABEL.test(text.trim())

// Link words that stood for a hyperlink on the page.
const LINK_WORDS =
  /\(\s*(?:view|read|see|open)\s+(?:the\s+)?(?:article|study|paper|source|abstract|full text|here|pdf)\s*\)|\[\s*(?:link|pdf|full text)\s*\]|\(\s*link\s*\)|\bread more\b\.?|\bview article\b\.?|\bfull text\b\.?$/gi

const DOI = /\b10\.\d{4,9}\/[^\s"<>]+/i
const PMID_LABEL = /\bPMID:?\s*(\d{1,9})\b/i
const PMID_URL = /\b(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d{1,9})\b/i
const URL_IN_TEXT = /https?:\/\/[^\s<>"“”]+/i

function cleanDoi(value: string): string {
  let doi = trimUrlEnd(value)
  try {
    doi = decodeURIComponent(doi)
  } catch {
    // Keep it as written when it is not valid percent-encoding.
  }
  return doi
}

/** Strips surrounding quotes and a trailing full stop or comma. */
const cleanPart = (text: string): string =>
  collapseWhitespace(text)
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/[.,;:]+$/, '')
    .trim()

function validYear(value: string | undefined): number | null {
  const year = Number(value)
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null
}

const AUTHOR_LIST = /^(?:\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}{1,3}|(?:\p{Lu}\.\s?){1,3})(?:,\s*|\s*&\s*|\s+and\s+|$))+(?:,?\s*et al\.?)?$/u
const looksLikeAuthors = (text: string): boolean => /\bet al\b/i.test(text) || AUTHOR_LIST.test(text.trim())

/** Parses one entry of a reference list; `links` are the addresses of links the entry carried. */
export function parseSourceEntry(text: string, links: readonly string[] = []): SourceEntry {
  const raw = collapseWhitespace(text)
  const entry: SourceEntry = { raw, title: null, doi: null, pmid: null, url: null, authors: null, journal: null, year: null }

  const urlMatch = URL_IN_TEXT.exec(raw)
  const webLink = links.find((link) => /^https?:\/\//i.test(link))
  entry.url = urlMatch ? trimUrlEnd(urlMatch[0]) : (webLink ?? null)

  const doiMatch = DOI.exec(raw) ?? links.map((link) => DOI.exec(link)).find(Boolean)
  if (doiMatch) entry.doi = cleanDoi(doiMatch[0])
  const pmidMatch = PMID_LABEL.exec(raw) ?? PMID_URL.exec(raw) ?? links.map((link) => PMID_URL.exec(link)).find(Boolean)
  if (pmidMatch?.[1]) entry.pmid = pmidMatch[1]

  // What is left once identifiers, addresses, numbering and link words are gone.
  const hadLinkWords = new RegExp(LINK_WORDS.source, 'i').test(raw)
  let rest = raw
    .replace(/https?:\/\/[^\s<>"“”]+/gi, ' ')
    .replace(/\bdoi:?\s*10\.\d{4,9}\/\S+/gi, ' ')
    .replace(/\b10\.\d{4,9}\/\S+/g, ' ')
    .replace(/\bPMID:?\s*\d+\.?/gi, ' ')
    .replace(/\bPMCID:?\s*PMC\d+\.?/gi, ' ')
    .replace(LINK_WORDS, ' ')
    .replace(/[([]?\s*(?:last\s+)?(?:accessed|retrieved|viewed)(?:\s+on)?\s+[^)\]]{0,40}[)\]]?\.?/gi, ' ')
    .replace(/^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]|[•·▪●◦*–-])\s*/, '')
  rest = collapseWhitespace(rest).replace(/\s+([.,;:])/g, '$1')

  const parenYear = /\((\d{4})[a-z]?(?:[,;][^)]*)?\)/.exec(rest)
  const journalYear = /(?:^|[.,;]\s*)(\d{4})(?=\s*[;:.,(]|\s*$)/.exec(rest)
  entry.year = validYear(parenYear?.[1]) ?? validYear(journalYear?.[1])

  const quoted = /["“]([^"”]{3,})["”]/.exec(rest)
  if (quoted?.[1]) {
    entry.title = cleanPart(quoted[1])
    const before = cleanPart(rest.slice(0, quoted.index).replace(/\(\d{4}[^)]*\)/, ''))
    if (before && looksLikeAuthors(before)) entry.authors = before
    return finish(entry)
  }

  // APA: "Doe, J., & Roe, S. (2021). Title. Journal, 12(3), 45–56."
  if (parenYear && parenYear.index > 0) {
    const authors = cleanPart(rest.slice(0, parenYear.index))
    const after = rest.slice(parenYear.index + parenYear[0].length).replace(/^[.\s]+/, '')
    const [title, journal] = splitSentences(after)
    if (title) {
      entry.authors = authors || null
      entry.title = cleanPart(title)
      if (journal) entry.journal = cleanPart(journal.replace(/,?\s*\d+\s*(?:\(\d+\))?.*$/, '')) || null
      return finish(entry)
    }
  }

  // AMA / Vancouver: "Doe J, Roe S. Title. Journal. 2021;12(3):45-56."
  const segments = splitSentences(rest)
  if (segments.length >= 3 && segments[0] && looksLikeAuthors(segments[0])) {
    entry.authors = cleanPart(segments[0])
    entry.title = cleanPart(segments[1] ?? '') || null
    const journal = cleanPart((segments[2] ?? '').replace(/\s*\d{4}\s*;.*$/, ''))
    if (journal && !/^\d{4}/.test(journal)) entry.journal = journal
    return finish(entry)
  }

  // "Title: (view article)" and plain titles.
  const plain = cleanPart(rest.replace(/\(\d{4}\)/, ''))
  if (plain && (hadLinkWords || plain.split(/\s+/).length >= 3)) entry.title = plain
  return finish(entry)
}

const finish = (entry: SourceEntry): SourceEntry => ({ ...entry, title: entry.title || null, authors: entry.authors || null })

/**
 * Splits at ". " / "? " before a capital or digit. Used after the authors (AMA style writes initials
 * without full stops, "Doe J", and APA's "Doe, J." come before the year, which is cut off first).
 */
function splitSentences(text: string): string[] {
  const parts: string[] = []
  let start = 0
  for (const match of text.matchAll(/([.?!])\s+(?=[\p{Lu}\d"“])/gu)) {
    parts.push(text.slice(start, match.index + (match[1] === '.' ? 0 : 1)))
    start = match.index + match[0].length
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter(Boolean)
}
