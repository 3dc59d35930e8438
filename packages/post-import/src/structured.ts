/** Furniture and run-together words in units that came from markup (HTML, Markdown). */
import { classifyLine, layoutGlued, stripFurniture, type FurnitureItem } from './furniture'
import { insertSpaces, normalizeInlines, plainText, sliceInlines } from './inline'
import { append } from './lists'
import { isHeadingLike } from './normalize'
import { isDisclaimerLabel } from './sections'
import { isSourcesLabel } from './sources'
import type { Inline } from './types'
import type { Extracted, Unit } from './units'

/** Splits run-together words in a line and breaks it where furniture was glued on. */
function separateLine(line: Inline[], splits: string[]): Inline[][] {
  const text = plainText(line)
  const layout = layoutGlued(text)
  append(splits, layout.splits)
  return layout.pieces.map((piece) => {
    const offsets = layout.joins.filter((join) => join.at > piece.start && join.at < piece.end).map((join) => join.at - piece.start)
    return insertSpaces(sliceInlines(line, piece.start, piece.end), offsets)
  })
}

/** A paragraph that is one short bold line ("**What to expect**") is a heading in all but name. */
function boldParagraphHeading(unit: Unit, level: 2 | 3 | 4): Unit {
  if (unit.type !== 'paragraph' || unit.lines.length !== 1) return unit
  const inlines = normalizeInlines(unit.lines[0] ?? [])
  const text = plainText(inlines)
  if (inlines.length === 0 || !inlines.every((inline) => inline.type === 'text' && inline.bold)) return unit
  if (isSourcesLabel(text) || isDisclaimerLabel(text)) return { type: 'heading', level, text: text.replace(/\s*:$/, '') }
  return isHeadingLike(text) ? { type: 'heading', level, text } : unit
}

/** Removes furniture (recording metadata) and splits run-together words in place of `extracted.units`. */
export function cleanStructuredUnits(extracted: Extracted): void {
  const splits: string[] = []
  // Every heading and paragraph line is a furniture candidate, in reading order.
  const items: (FurnitureItem & { unit: number; line: number })[] = []
  const units: Unit[] = extracted.units.map((unit, unitIndex) => {
    if (unit.type === 'heading') {
      const text = plainText(separateLine([{ type: 'text', text: unit.text }], splits).flat())
      items.push({ text, unit: unitIndex, line: 0 })
      return { ...unit, text }
    }
    if (unit.type === 'list') {
      return { ...unit, items: unit.items.map((item) => separateLine(item, splits).flat()) }
    }
    if (unit.pagePart) {
      unit.lines.forEach((line, index) => items.push({ text: plainText(line).trim(), furniture: true, unit: unitIndex, line: index }))
      return unit
    }
    const lines = unit.lines.flatMap((line) => {
      const pieces = separateLine(line, splits)
      return pieces.map((piece) => ({ piece, glued: pieces.length > 1 && classifyLine(plainText(piece)) === null }))
    })
    lines.forEach(({ piece, glued }, line) => items.push({ text: plainText(piece).trim(), glued, unit: unitIndex, line }))
    return { ...unit, lines: lines.map(({ piece }) => piece) }
  })

  const candidates = items.filter((item) => item.text)
  const furniture = stripFurniture(candidates, { titleKnown: extracted.title !== null })
  const dropped = new Set(candidates.filter((_, index) => !furniture.keep[index]).map((item) => `${item.unit}:${item.line}`))
  const removed = [...furniture.removed]

  const kept: Unit[] = []
  let lastHeadingLevel: 2 | 3 | 4 | null = null
  let afterFurniture = false
  units.forEach((unit, unitIndex) => {
    if (unit.type === 'heading') {
      if (dropped.has(`${unitIndex}:0`)) {
        afterFurniture = true
        return
      }
      afterFurniture = false
      lastHeadingLevel = unit.level
      kept.push(unit)
      return
    }
    if (unit.type === 'list') {
      // Share bars are often lists of network names: drop a list only when every item is furniture.
      const texts = unit.items.map((item) => plainText(item).trim()).filter(Boolean)
      if (texts.length > 0 && texts.every((text) => classifyLine(text) !== null)) {
        append(removed, texts)
        afterFurniture = true
        return
      }
      kept.push(afterFurniture ? { ...unit, afterFurniture } : unit)
      afterFurniture = false
      return
    }
    const droppedLines = unit.lines.map((_, index) => dropped.has(`${unitIndex}:${index}`))
    const lines = unit.lines.filter((line, index) => plainText(line).trim() && !droppedLines[index])
    const startsAfterFurniture = afterFurniture || droppedLines[0] === true
    if (lines.length === 0) {
      afterFurniture ||= droppedLines.some(Boolean)
      return
    }
    afterFurniture = droppedLines.at(-1) === true
    const paragraph: Unit = { ...unit, lines, ...(startsAfterFurniture ? { afterFurniture: true } : {}) }
    const nextLevel: 2 | 3 | 4 = lastHeadingLevel === null ? 2 : lastHeadingLevel === 2 ? 3 : 4
    kept.push(boldParagraphHeading(paragraph, nextLevel))
  })

  extracted.units = kept
  append(extracted.splits, splits)
  append(extracted.removed, removed)
  extracted.author ??= furniture.author
  extracted.publishedAt ??= furniture.publishedAt
  append(extracted.categories, furniture.categories)
  append(extracted.dateNotes, furniture.dateNotes)
}
