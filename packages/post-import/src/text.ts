/** Plain text copied from a blog page: structure has to be guessed from line shapes. */
import { separateGlued, stripFurniture, type FurnitureItem } from './furniture'
import { textWithLinks } from './inline'
import { append } from './lists'
import { endsLikeSentence, isGenericHeading, isHeadingLike, isTitleLike, normalizeText, startsWithBullet } from './normalize'
import { isDisclaimerLabel, startsWithDisclaimer } from './sections'
import { isSourcesLabel } from './sources'
import type { Inline } from './types'
import { emptyExtracted, endsMidSentence, type Extracted, type Unit } from './units'

interface Line {
  text: string
  /** A blank line (or removed furniture) follows. */
  breakAfter: boolean
  /** Removed furniture came just before. */
  afterFurniture: boolean
}

/** A line removed as furniture: a break like a blank line, but one that also ends a sources section. */
const FURNITURE = Symbol('furniture')

const BULLET = /^(?:[•·▪●◦‣∙○■□➢➤►▶✓✔]\s*|[-*–]\s+|(\d{1,3})[.)]\s+)/

/** Whether `next` continues the sentence of `previous` (a hard-wrapped line). */
function continues(previous: string, next: string, inSources: boolean): boolean {
  if (startsWithBullet(next) || isSourcesLabel(next) || isDisclaimerLabel(next)) return false
  if (/[.!?:;"”’)\]]$/.test(previous)) return false
  if (/^\p{Ll}/u.test(next)) return true
  if (inSources) return false
  if (/[,–-]$/.test(previous) || /\b(?:and|or|the|of|to|a|an|in|with|for|as|by|on|at)$/i.test(previous)) return true
  // Longer than any heading and unfinished: the line was wrapped.
  return previous.length > 90 && !startsWithBullet(previous)
}

/** Joins hard-wrapped lines within each block of consecutive lines. */
function logicalLines(lines: readonly (string | null | typeof FURNITURE)[]): Line[] {
  const result: Line[] = []
  let inSources = false
  let open = false
  let afterFurniture = false
  for (const line of lines) {
    if (line === null || line === FURNITURE) {
      const last = result.at(-1)
      if (last) last.breakAfter = true
      open = false
      if (line === FURNITURE) {
        afterFurniture = true
        inSources = false
      }
      continue
    }
    const last = result.at(-1)
    if (open && last && continues(last.text, line, inSources)) last.text += ` ${line}`
    else result.push({ text: line, breakAfter: false, afterFurniture })
    open = true
    afterFurniture = false
    if (isSourcesLabel(line)) inSources = true
    else if (isDisclaimerLabel(line)) inSources = false
  }
  return result
}

const REFERENCE_HINT =
  /https?:\/\/|\b10\.\d{4,9}\/|\bPMID\b|\bet al\b|\(\d{4}[a-z]?\)|[.;]\s*\d{4}\s*[;:.]|\(\s*(?:view|read|see)\b|\[\s*link\s*\]|["“]/i
const looksLikeReference = (text: string): boolean => REFERENCE_HINT.test(text)

/** "Positive results: text" in a bullet keeps its label bold. */
function bulletInlines(text: string): Inline[] {
  const label = /^(\p{Lu}[^:]{0,48}?):\s+(\S.*)$/u.exec(text)
  if (label?.[1] && label[2] && label[1].split(/\s+/).length <= 6 && !/https?$/i.test(label[1])) {
    return [{ type: 'text', text: `${label[1]}:`, bold: true }, { type: 'text', text: ' ' }, ...textWithLinks(label[2])]
  }
  return textWithLinks(text)
}

const paragraph = (text: string): Unit => ({ type: 'paragraph', lines: [textWithLinks(text)], separate: false })
const isLabel = (text: string): boolean => isSourcesLabel(text) || isDisclaimerLabel(text)

const CLOSING_HEADING =
  /^(?:conclusions?|in conclusion|summary|in summary|final thoughts|(?:the )?bottom line|key takeaways?|takeaways?|next steps|frequently asked questions|faqs?|get in touch|contact us|learn more)\b/i

const endsWithColon = (unit: Unit | undefined): boolean =>
  unit?.type === 'paragraph' && /:\s*$/.test(unit.lines.map((line) => line.map((inline) => inline.text).join('')).join(' '))

/**
 * "Heading / intro ending in ':' / Subheading + text / Subheading + text": the subheadings become level 3.
 * Returns the index after the intro when `at` starts such an outer section, else -1.
 */
function outerIntroEnd(units: readonly Unit[], at: number): number {
  if (units[at]?.type !== 'heading') return -1
  let index = at + 1
  while (units[index]?.type === 'paragraph' && !endsWithColon(units[index])) index++
  if (!endsWithColon(units[index])) return -1
  return units[index + 1]?.type === 'heading' ? index + 1 : -1
}

function applySubsectionLevels(units: Unit[]): void {
  for (let index = 0; index < units.length; index++) {
    let cursor = outerIntroEnd(units, index)
    if (cursor === -1) continue
    const inner: number[] = []
    for (;;) {
      const heading = units[cursor]
      if (heading?.type !== 'heading' || isLabel(heading.text) || CLOSING_HEADING.test(heading.text)) break
      if (inner.length > 0 && outerIntroEnd(units, cursor) !== -1) break
      let end = cursor + 1
      while (end < units.length && units[end]?.type !== 'heading') end++
      if (end === cursor + 1) break
      inner.push(cursor)
      cursor = end
    }
    if (inner.length < 2) continue
    for (const at of inner) {
      const unit = units[at]
      if (unit?.type === 'heading') unit.level = 3
    }
    index = cursor - 1
  }
}

function buildUnits(lines: readonly Line[], warnings: string[]): Unit[] {
  const units: Unit[] = []
  let inSources = false
  let pendingBreak = false
  const emit = (unit: Unit) => {
    if (pendingBreak && unit.type !== 'heading') unit.afterFurniture = true
    pendingBreak = false
    units.push(unit)
  }
  const headingLike = (line: Line | undefined) =>
    line !== undefined && isHeadingLike(line.text) && !isLabel(line.text) && !startsWithDisclaimer(line.text)
  const isProse = (line: Line | undefined) => line !== undefined && !startsWithBullet(line.text) && !isHeadingLike(line.text) && !isLabel(line.text)

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line) continue
    const { text } = line
    const next = lines[index + 1]
    if (line.afterFurniture) {
      inSources = false
      pendingBreak = true
    }

    if (isLabel(text)) {
      emit({ type: 'heading', level: 2, text: text.replace(/\s*:$/, '') })
      inSources = isSourcesLabel(text)
      continue
    }
    const bullet = BULLET.exec(text)
    if (bullet) {
      const ordered = bullet[1] !== undefined
      const texts: string[] = []
      let at = index
      for (; at < lines.length; at++) {
        const candidate = lines[at]
        const marker = candidate && BULLET.exec(candidate.text)
        if (!candidate || !marker || (marker[1] !== undefined) !== ordered) break
        const text = candidate.text.slice(marker[0].length).trim()
        // Joined before the label is read, so "Nausea and" + "Vomiting: …" gets one label.
        const last = texts.length - 1
        if (last >= 0 && endsMidSentence(texts[last] ?? '')) texts[last] += ` ${text}`
        else texts.push(text)
      }
      emit({ type: 'list', ordered, items: texts.map(bulletInlines) })
      index = at - 1
      continue
    }
    if (inSources) {
      const endsSources = headingLike(line) && !looksLikeReference(text) && isProse(next) && next !== undefined && !looksLikeReference(next.text)
      if (!endsSources) {
        emit(paragraph(text))
        continue
      }
      inSources = false
    }
    if (headingLike(line) && next !== undefined && (line.breakAfter || !headingLike(next))) {
      emit({ type: 'heading', level: 2, text })
      continue
    }
    emit(paragraph(text))

    // "…may include:" followed by short lines without bullet characters: the bullets were lost in copying.
    if (/:$/.test(text)) {
      let end = index + 1
      while (headingLike(lines[end]) && (lines[end]?.text.length ?? 0) <= 90) end++
      const run = end - index - 1
      const after = lines[end]
      const followedByProse = isProse(after)
      const count = followedByProse ? (run >= 3 ? run - 1 : 0) : run >= 2 ? run : 0
      if (count > 0) {
        const items = lines.slice(index + 1, index + 1 + count).map((item) => textWithLinks(item.text))
        emit({ type: 'list', ordered: false, items })
        warnings.push(`${count} short lines after a paragraph ending in ':' were read as a list (they had no bullet characters).`)
        index += count
      }
    }
  }
  applySubsectionLevels(units)
  return units
}

/** Reads plain text: furniture out, title from the first line when it looks like one, then the body. */
export function parseText(input: string): Extracted {
  const result = emptyExtracted()
  const slots: (FurnitureItem | null)[] = []
  for (const raw of normalizeText(input).split('\n')) {
    const trimmed = raw.trim()
    if (!trimmed) {
      slots.push(null)
      continue
    }
    const glued = separateGlued(trimmed)
    append(result.splits, glued.splits)
    for (const part of glued.parts) slots.push({ text: part.text, glued: part.glued })
  }
  const items = slots.filter((slot): slot is FurnitureItem => slot !== null)
  const furniture = stripFurniture(items, { titleKnown: false })
  let itemIndex = 0
  const kept = slots.map((slot) => {
    if (!slot) return null
    return furniture.keep[itemIndex++] ? slot.text : FURNITURE
  })

  const lines = logicalLines(kept)
  const first = lines[0]
  const titled = first && isTitleLike(first.text) && !isLabel(first.text) && !startsWithDisclaimer(first.text) && !endsLikeSentence(first.text)
  if (first && titled && !isGenericHeading(first.text)) {
    result.title = first.text
    lines.shift()
  }
  result.units = buildUnits(lines, result.warnings)
  result.removed = furniture.removed
  result.author = furniture.author
  result.publishedAt = furniture.publishedAt
  result.categories = furniture.categories
  result.dateNotes = furniture.dateNotes
  return result
}
