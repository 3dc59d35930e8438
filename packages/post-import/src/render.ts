/** CommonMark rendering of the body, with the text escaped so that it stays literal. */
import type { Block, Inline } from './types'

/** Escapes characters that mean something anywhere in a line of CommonMark (or GFM) text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
}

/** Escapes what would start a heading, list, quote or thematic break at the beginning of a block. */
function escapeBlockStart(markdown: string): string {
  return markdown
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

const encodeUrl = (url: string): string => url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)

function renderInline(inline: Inline): string {
  if (inline.type === 'link') return `[${escapeInline(inline.text || inline.url)}](${encodeUrl(inline.url)})`
  const marker = inline.bold && inline.italic ? '***' : inline.bold ? '**' : inline.italic ? '*' : ''
  if (!marker) return escapeInline(inline.text)
  // Emphasis may not start or end with a space in CommonMark: keep spaces outside the markers.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inline.text)
  const [lead, core, trail] = [match?.[1] ?? '', match?.[2] ?? '', match?.[3] ?? '']
  return core ? `${lead}${marker}${escapeInline(core)}${marker}${trail}` : inline.text
}

export const renderInlines = (inlines: readonly Inline[]): string => escapeBlockStart(inlines.map(renderInline).join(''))

/** The blocks as plain text, one block per paragraph: for searching (e.g. condition mentions), not display. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading') return block.text
      if (block.type === 'paragraph') return block.children.map((inline) => inline.text).join('')
      // The importer's own notes are not the post's text.
      if (block.type === 'note') return null
      return block.items.map((item) => item.map((inline) => inline.text).join('')).join('\n')
    })
    .filter((text) => text !== null)
    .join('\n\n')
}

/** How a note reads in the draft: a paragraph an editor cannot mistake for the post's own words. */
export const noteMarkdown = (text: string): string => `**Editor's note:** ${escapeInline(text)}`

/** The blocks as CommonMark: "## " headings, "- "/"1. " lists, "[text](url)" links, "**bold**". */
export function renderMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((block) => {
    if (block.type === 'heading') return `${'#'.repeat(block.level)} ${escapeInline(block.text).replace(/#/g, '\\#')}`
    if (block.type === 'paragraph') return renderInlines(block.children)
    if (block.type === 'note') return noteMarkdown(block.text)
    return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${renderInlines(item)}`).join('\n')
  })
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : ''
}
