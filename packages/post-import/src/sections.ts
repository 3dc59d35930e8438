/** Takes the reference list and the pasted disclaimer out of the body. */
import { plainText } from './inline'
import { append } from './lists'
import { parseSourceEntry, isSourcesLabel } from './sources'
import type { Inline, SourceEntry } from './types'
import { unitText, type Unit } from './units'

const DISCLAIMER_LABEL = /^(?:(?:medical|important|legal)\s+)?disclaimer\s*:?$|^important(?:\s+(?:notice|information|note))?\s*:?$/i
const DISCLAIMER_PARAGRAPH = /^(?:medical\s+)?disclaimer\s*(?::|–|—|-)\s*/i

export const isDisclaimerLabel = (text: string): boolean => DISCLAIMER_LABEL.test(text.trim())
export const startsWithDisclaimer = (text: string): boolean => DISCLAIMER_PARAGRAPH.test(text.trim())

type Section = 'body' | 'sources' | 'disclaimer'

function labelOf(unit: Unit): Section | null {
  if (unit.type === 'list') return null
  if (unit.type === 'paragraph' && unit.lines.length !== 1) return null
  const text = unitText(unit).trim()
  if (isSourcesLabel(text)) return 'sources'
  if (isDisclaimerLabel(text)) return 'disclaimer'
  return null
}

const linksOf = (inlines: readonly Inline[]): string[] =>
  inlines.flatMap((inline) => (inline.type === 'link' ? [inline.url] : []))

/** Entries of a reference list; a line starting in lower case continues the entry before it. */
function entriesOf(unit: Unit): { text: string; links: string[] }[] {
  const pieces = unit.type === 'paragraph' ? unit.lines : unit.type === 'list' ? unit.items : []
  const entries: { text: string; links: string[] }[] = []
  for (const piece of pieces) {
    const text = plainText(piece).replace(/\s+/g, ' ').trim()
    if (!text) continue
    const previous = entries.at(-1)
    if (previous && unit.type === 'paragraph' && /^\p{Ll}/u.test(text)) {
      previous.text += ` ${text}`
      append(previous.links, linksOf(piece))
    } else {
      entries.push({ text, links: linksOf(piece) })
    }
  }
  return entries
}

export interface SectionsResult {
  body: Unit[]
  sources: SourceEntry[]
  disclaimer: string | null
  warnings: string[]
}

/**
 * A "Sources"/"References"/… heading starts the reference list and a "Disclaimer"/"Important" heading
 * the disclaimer; each runs to the next heading. A paragraph starting "Disclaimer:" is a disclaimer too.
 */
export function extractSections(units: readonly Unit[]): SectionsResult {
  const body: Unit[] = []
  const sources: SourceEntry[] = []
  const disclaimers: string[] = []
  const warnings: string[] = []
  let section: Section = 'body'
  let sourcesHeadings = 0

  for (const unit of units) {
    const label = labelOf(unit)
    if (label) {
      section = label
      if (label === 'sources') sourcesHeadings++
      continue
    }
    if (unit.type === 'heading' || unit.afterFurniture) section = 'body'
    if (unit.type === 'heading') {
      body.push(unit)
      continue
    }
    const text = unitText(unit).replace(/\s+/g, ' ').trim()
    // "Disclaimer: …" also ends a reference list it follows.
    if (unit.type === 'paragraph' && startsWithDisclaimer(text)) {
      const rest = text.replace(DISCLAIMER_PARAGRAPH, '').trim()
      if (rest) disclaimers.push(rest)
      if (section === 'sources') section = 'body'
      continue
    }
    if (section === 'sources') {
      for (const entry of entriesOf(unit)) sources.push(parseSourceEntry(entry.text, entry.links))
      continue
    }
    if (section === 'disclaimer') {
      if (text) disclaimers.push(text)
      continue
    }
    body.push(unit)
  }
  if (sourcesHeadings > 0 && sources.length === 0) warnings.push('A sources heading was found, but no entries followed it.')
  return { body, sources, disclaimer: disclaimers.length > 0 ? disclaimers.join('\n\n') : null, warnings }
}
