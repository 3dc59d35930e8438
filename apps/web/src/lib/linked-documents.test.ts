import { describe, expect, it } from 'vitest'

import { linkedDocuments } from './linked-documents'

const link = (fields: Record<string, unknown>, text = 'a link') => ({ type: 'link', fields, children: [{ type: 'text', text }] })

describe('linkedDocuments', () => {
  it('finds internal links to articles and conditions, at any depth, populated or not', () => {
    const content = {
      root: {
        children: [
          { type: 'paragraph', children: [link({ linkType: 'internal', doc: { relationTo: 'conditions', value: 4 } })] },
          { type: 'list', children: [{ type: 'listitem', children: [link({ linkType: 'internal', doc: { relationTo: 'articles', value: { id: 9, slug: 'a' } } })] }] },
          { type: 'paragraph', children: [link({ linkType: 'custom', url: '/conditions/ptsd' }), link({ linkType: 'internal', doc: { relationTo: 'media', value: 1 } })] },
        ],
      },
    }
    expect(linkedDocuments(content)).toEqual({ articles: [9], conditions: [4] })
  })

  it('is empty without content', () => {
    expect(linkedDocuments(null)).toEqual({ articles: [], conditions: [] })
  })
})
