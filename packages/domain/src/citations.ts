import type { CitationType } from '@kat/contract'

/** Citation identifiers and one citation style (AMA, 11th edition) used everywhere. */

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/

/** Accepts "10.xxxx/…" and the common pasted forms ("doi:…", "https://doi.org/…"); returns the bare DOI. */
export function normalizeDoi(value: string): string {
  return value
    .trim()
    .replace(/^doi:\s*/i, '')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
}

export const isValidDoi = (value: string): boolean => DOI_PATTERN.test(normalizeDoi(value))

/** PubMed IDs are positive integers of at most 8 digits. */
export const isValidPmid = (value: string): boolean => /^[1-9]\d{0,8}$/.test(value.trim())

export const doiUrl = (doi: string): string => `https://doi.org/${normalizeDoi(doi)}`
export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${pmid.trim()}/`

export type { CitationType }

export type CitationFields = {
  type?: CitationType | null
  authors?: string | null
  title: string
  journal?: string | null
  year?: number | null
  volume?: string | null
  issue?: string | null
  pages?: string | null
  doi?: string | null
  pmid?: string | null
  url?: string | null
  accessed?: string | null
}

/** AMA lists up to six authors; with more, the first three followed by "et al". */
function formatAuthors(authors: string): string {
  const names = authors
    .split(/;|\n/)
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length > 6) return `${names.slice(0, 3).join(', ')}, et al`
  return names.join(', ')
}

const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`)

function formatAccessed(date: string): string | undefined {
  const parsed = new Date(date)
  if (Number.isNaN(parsed.getTime())) return undefined
  return parsed.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
}

/**
 * Plain-text AMA reference, e.g.
 * "Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients.
 * Biol Psychiatry. 2000;47(4):351-354. doi:10.1016/S0006-3223(99)00230-9"
 */
export function formatCitation(citation: CitationFields): string {
  const parts: string[] = []
  if (citation.authors?.trim()) parts.push(withPeriod(formatAuthors(citation.authors)))
  parts.push(withPeriod(citation.title.trim()))
  const isWeb = citation.type === 'web-page' || citation.type === 'drug-label'
  if (citation.journal?.trim()) {
    let source = citation.journal.trim()
    if (!isWeb && citation.year) {
      source += `. ${citation.year}`
      if (citation.volume) source += `;${citation.volume}`
      if (citation.issue) source += `(${citation.issue})`
      if (citation.pages) source += `:${citation.pages}`
    } else if (citation.year) {
      source += `; ${citation.year}`
    }
    parts.push(withPeriod(source))
  } else if (citation.year) {
    parts.push(`${citation.year}.`)
  }
  if (citation.doi?.trim()) {
    parts.push(`doi:${normalizeDoi(citation.doi)}`)
  } else if (citation.url?.trim()) {
    const accessed = citation.accessed ? formatAccessed(citation.accessed) : undefined
    parts.push(accessed ? `Accessed ${accessed}. ${citation.url.trim()}` : citation.url.trim())
  }
  return parts.join(' ')
}
