import { randomBytes } from 'node:crypto'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Article } from '@kat/cms-types'
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import type { Payload, RichTextField } from 'payload'

type Node = SerializedLexicalNode & { children?: Node[]; text?: string; [key: string]: unknown }

const CALLOUT_START = /^>\s*\[!(info|warning|crisis)\]\s*(.*)$/i
const CITATION_MARKER = /\[@([\w-]+)\]/g

const blockId = () => randomBytes(12).toString('hex')

/** Splits Markdown into plain runs and callout blockquotes (`> [!warning] Title` + `> text` lines). */
function segments(markdown: string): ({ kind: 'markdown'; text: string } | { kind: 'callout'; variant: string; title: string; text: string })[] {
  const out: ReturnType<typeof segments> = []
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  let plain: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const start = CALLOUT_START.exec(lines[i]!)
    if (!start) {
      plain.push(lines[i]!)
      continue
    }
    if (plain.join('').trim()) out.push({ kind: 'markdown', text: plain.join('\n') })
    plain = []
    const body: string[] = []
    while (i + 1 < lines.length && /^>/.test(lines[i + 1]!)) body.push(lines[++i]!.replace(/^>\s?/, ''))
    out.push({ kind: 'callout', variant: start[1]!.toLowerCase(), title: start[2]!.trim(), text: body.join('\n').trim() })
  }
  if (plain.join('').trim()) out.push({ kind: 'markdown', text: plain.join('\n') })
  return out
}

/** Replaces `[@key]` in text nodes with inline citation-marker blocks; unknown keys throw. */
function linkCitations(node: Node, citationIds: Map<string, number | string>): Node {
  if (!node.children) return node
  const children: Node[] = []
  for (const child of node.children) {
    if (child.type !== 'text' || typeof child.text !== 'string' || !child.text.includes('[@')) {
      children.push(linkCitations(child, citationIds))
      continue
    }
    let last = 0
    for (const match of child.text.matchAll(CITATION_MARKER)) {
      const id = citationIds.get(match[1]!)
      if (id === undefined) throw new Error(`Unknown citation key [@${match[1]}]`)
      const before = child.text.slice(last, match.index).replace(/\s+$/, '')
      if (before) children.push({ ...child, text: before })
      children.push({ type: 'inlineBlock', version: 1, fields: { id: blockId(), blockType: 'citationReference', citation: id } } as Node)
      last = match.index + match[0].length
    }
    const rest = child.text.slice(last)
    if (rest) children.push({ ...child, text: rest })
  }
  return { ...node, children }
}

/**
 * Markdown (headings, paragraphs, lists, links, bold) to the rich text of the content editor, using
 * Payload's own Markdown converter, plus our two extensions: callouts and citation markers.
 */
export function markdownToRichText(
  payload: Payload,
  markdown: string,
  citationIds: Map<string, number | string> = new Map(),
): Article['body'] {
  const field = payload.collections.articles.config.fields.find(
    (candidate): candidate is RichTextField => 'name' in candidate && candidate.name === 'body',
  )
  if (!field) throw new Error('The articles collection has no body field.')
  const editorConfig = editorConfigFactory.fromField({ field })
  const children: Node[] = []
  for (const segment of segments(markdown)) {
    if (segment.kind === 'callout') {
      children.push({
        type: 'block',
        version: 2,
        format: '',
        fields: { id: blockId(), blockName: '', blockType: 'callout', variant: segment.variant, title: segment.title || null, text: segment.text },
      } as Node)
      continue
    }
    const state = convertMarkdownToLexical({ editorConfig, markdown: segment.text })
    children.push(...(state.root.children as Node[]).map((child) => linkCitations(child, citationIds)))
  }
  return {
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
  } as Article['body']
}
