import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'

import { blocksToText, renderMarkdown } from './render'
import type { Block } from './types'

describe('renderMarkdown', () => {
  it('renders headings, paragraphs, lists, links and emphasis as CommonMark', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: 'Before the Session' },
      { type: 'paragraph', children: [{ type: 'text', text: 'Read the ' }, { type: 'link', url: 'https://example.org/a b', text: 'guide' }, { type: 'text', text: ' first.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Preparation:', bold: true }, { type: 'text', text: ' set an intention' }], [{ type: 'text', text: 'Rest', italic: true }]] },
      { type: 'heading', level: 3, text: 'Steps' },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]] },
    ]
    expect(renderMarkdown(blocks)).toBe(
      '## Before the Session\n\nRead the [guide](https://example.org/a%20b) first.\n\n- **Preparation:** set an intention\n- *Rest*\n\n### Steps\n\n1. One\n2. Two\n',
    )
    expect(renderMarkdown([])).toBe('')
    expect(blocksToText(blocks)).toBe('Before the Session\n\nRead the guide first.\n\nPreparation: set an intention\nRest\n\nSteps\n\nOne\nTwo')
  })

  it('escapes Markdown characters so that text stays literal', () => {
    const tricky = [
      '# not a heading',
      '1. not a list',
      '- not a bullet',
      '+ nor this',
      '> not a quote',
      'Use *stars*, _underscores_, `code`, [brackets](x) and <b>tags</b> &amp; entities.',
      '2023) was the year | pipes ~~strike~~',
      'back\\slash',
    ]
    for (const text of tricky) {
      const markdown = renderMarkdown([{ type: 'paragraph', children: [{ type: 'text', text }] }])
      const tree = fromMarkdown(markdown)
      expect(tree.children.map((node) => node.type), text).toEqual(['paragraph'])
      expect(toString(tree), text).toBe(text)
    }
    expect(renderMarkdown([{ type: 'heading', level: 2, text: 'C# and F# ##' }])).toBe('## C\\# and F\\# \\#\\#\n')
  })

  it('keeps spaces outside emphasis markers so the emphasis still parses', () => {
    const markdown = renderMarkdown([{ type: 'paragraph', children: [{ type: 'text', text: 'A' }, { type: 'text', text: ' bold ', bold: true }, { type: 'text', text: 'word' }] }])
    expect(markdown).toBe('A **bold** word\n')
    const strong = fromMarkdown(markdown).children[0]
    expect(strong?.type === 'paragraph' && strong.children.map((node) => node.type)).toEqual(['text', 'strong', 'text'])
  })
})
