/** The intermediate body shared by the three formats, before sources and disclaimer are taken out. */
import { normalizeInlines, plainText } from './inline'
import type { Block, Inline } from './types'

/**
 * `afterFurniture` marks content that followed removed page furniture: a reference list or disclaimer
 * does not run on past furniture, so such content is body again.
 */
export type Unit =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  /** `lines` are the lines of one source paragraph; `separate` turns each into its own paragraph (HTML <br>). */
  /** `pagePart`: the text of a page part the HTML reader dropped (menu, share bar, footer…), kept only to be listed in `removed`. */
  | { type: 'paragraph'; lines: Inline[][]; separate: boolean; afterFurniture?: boolean; pagePart?: boolean }
  | { type: 'list'; ordered: boolean; items: Inline[][]; afterFurniture?: boolean }

export const unitText = (unit: Unit): string =>
  unit.type === 'heading'
    ? unit.text
    : unit.type === 'paragraph'
      ? unit.lines.map((line) => plainText(line).trim()).join(' ')
      : unit.items.map((item) => plainText(item).trim()).join(' ')

/** An item that stops on "and", "of", a comma or a hyphen was cut where the page wrapped it. */
const DANGLING = /(?:\b(?:and|or|of|to|the|with|a|an|for|in|on|by|as|from|your|their|such as|including)|[,–—-])$/i
export const endsMidSentence = (text: string): boolean => DANGLING.test(text.trim())

/** "Nausea and" + "Vomiting: …" is one item, split in two where the page wrapped it. */
function rejoinSplitItems(items: Inline[][]): Inline[][] {
  const result: Inline[][] = []
  for (const item of items) {
    const previous = result.at(-1)
    if (previous && endsMidSentence(plainText(previous))) previous.push({ type: 'text', text: ' ' }, ...item)
    else result.push([...item])
  }
  return result.map((item) => normalizeInlines(item))
}

/** Final blocks: paragraphs joined or split by line, inline content normalised, empty pieces dropped. */
export function unitsToBlocks(units: readonly Unit[]): Block[] {
  const blocks: Block[] = []
  for (const unit of units) {
    if (unit.type === 'heading') {
      const text = unit.text.replace(/\s+/g, ' ').trim()
      if (text) blocks.push({ type: 'heading', level: unit.level, text })
    } else if (unit.type === 'paragraph') {
      const groups = unit.separate
        ? unit.lines
        : [unit.lines.flatMap((line, index) => (index === 0 ? line : [{ type: 'text' as const, text: ' ' }, ...line]))]
      for (const group of groups) {
        const children = normalizeInlines(group)
        if (children.length > 0) blocks.push({ type: 'paragraph', children })
      }
    } else {
      const items = rejoinSplitItems(unit.items.map((item) => normalizeInlines(item)).filter((item) => item.length > 0))
      if (items.length > 0) blocks.push({ type: 'list', ordered: unit.ordered, items })
    }
  }
  return blocks
}

/** What each format's reader hands to the shared finishing steps. */
export interface Extracted {
  /** The title the input declares or shows (null: none found). */
  title: string | null
  units: Unit[]
  /** A summary the input declares (front matter, meta description); wins over the opening paragraph. */
  summary: string | null
  author: string | null
  publishedAt: string | null
  categories: string[]
  tags: string[]
  canonicalUrl: string | null
  removed: string[]
  splits: string[]
  warnings: string[]
  /** Dates that were seen but could not be used; reported only when no date was found at all. */
  dateNotes: string[]
}

export const emptyExtracted = (): Extracted => ({
  title: null,
  units: [],
  summary: null,
  author: null,
  publishedAt: null,
  categories: [],
  tags: [],
  canonicalUrl: null,
  removed: [],
  splits: [],
  warnings: [],
  dateNotes: [],
})
