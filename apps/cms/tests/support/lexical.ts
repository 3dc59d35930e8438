/** Minimal Lexical documents for tests. */
type Node = { type: string; version: number; [key: string]: unknown }

const text = (value: string): Node => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })

export const paragraph = (...children: (string | Node)[]): Node => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
})

export const link = (url: string, label: string): Node => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})

export const richText = (...children: Node[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr' as const, format: '' as const, indent: 0, children },
})
