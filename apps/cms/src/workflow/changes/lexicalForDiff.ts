/**
 * Rich text as a reviewer compares it. Payload's compare view draws our blocks as opaque chips
 * ("callout Block"), so a changed warning looks unchanged. Before the diff, each callout becomes a quote
 * that spells out its kind, title and text, and each citation marker becomes its number and title.
 */

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: Record<string, unknown>; [key: string]: unknown }
type LexicalRoot = { root?: LexicalNode }

export const CALLOUT_KIND_LABELS: Record<string, string> = { info: 'Information', warning: 'Warning', crisis: 'Crisis help' }

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const BOLD = 1

/** A relation value as its id: `7` or `{ id: 7, … }`. */
export const relationId = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : undefined
}

/** Every citation id that the rich text's markers point to, in order of appearance. */
export function citationMarkerIds(content: unknown): (number | string)[] {
  const ids: (number | string)[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node) return
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'citationReference') {
      const id = relationId(node.fields.citation)
      if (id !== undefined) ids.push(id)
    }
    node.children?.forEach(walk)
  }
  walk((content as LexicalRoot | null | undefined)?.root)
  return ids
}

export type CitationLabel = (citation: unknown) => string

function transform(node: LexicalNode, citationLabel: CitationLabel): LexicalNode {
  if (node.type === 'block' && node.fields?.blockType === 'callout') {
    const kind = CALLOUT_KIND_LABELS[String(node.fields.variant)] ?? String(node.fields.variant ?? 'Callout')
    const title = typeof node.fields.title === 'string' && node.fields.title.trim() ? `: ${node.fields.title.trim()}` : ''
    const body = String(node.fields.text ?? '')
    return {
      type: 'quote',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [text(`Callout (${kind})${title}`, BOLD), { type: 'linebreak', version: 1 }, text(body)],
    }
  }
  if (node.type === 'inlineBlock' && node.fields?.blockType === 'citationReference') {
    return text(` ${citationLabel(node.fields.citation)}`)
  }
  return node.children ? { ...node, children: node.children.map((child) => transform(child, citationLabel)) } : node
}

/** The same rich text with callouts and citation markers spelled out for the compare view. */
export function lexicalForDiff<T>(content: T, citationLabel: CitationLabel): T {
  const root = (content as LexicalRoot | null | undefined)?.root
  if (!root) return content
  return { ...(content as object), root: transform(root, citationLabel) } as T
}
