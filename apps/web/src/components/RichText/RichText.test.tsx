import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText, type LexicalNode } from './RichText'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const doc = (...children: LexicalNode[]) => ({ root: { children } })
const render = (...children: LexicalNode[]) => renderToStaticMarkup(<RichText content={doc(...children)} citationNumbers={new Map([[7, 2]])} />)

describe('RichText', () => {
  it('renders headings, paragraphs, lists and formatting', () => {
    const html = render(
      { type: 'heading', tag: 'h2', children: [text('Side effects')] },
      { type: 'paragraph', children: [text('Most are '), text('short', 1), text('.')] },
      { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('Nausea')] }] },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('First')] }] },
    )
    expect(html).toBe(
      '<div class="prose-content"><h2>Side effects</h2><p>Most are <strong>short</strong>.</p><ul><li>Nausea</li></ul><ol><li>First</li></ol></div>',
    )
  })

  it('numbers citation markers from the reference list and links them', () => {
    const html = render({ type: 'paragraph', children: [text('Works fast.'), { type: 'inlineBlock', fields: { blockType: 'citationReference', citation: 7 } }] })
    expect(html).toContain('<a href="#ref-2" aria-label="Reference 2">[2]</a>')
  })

  it('drops markers for citations that are not in the list', () => {
    const html = render({ type: 'paragraph', children: [{ type: 'inlineBlock', fields: { blockType: 'citationReference', citation: 99 } }] })
    expect(html).toBe('<div class="prose-content"><p></p></div>')
  })

  it('renders callouts with their variant', () => {
    const html = render({ type: 'block', fields: { blockType: 'callout', variant: 'crisis', title: '', text: 'Call or text 988.' } })
    expect(html).toContain('data-callout="crisis"')
    expect(html).toContain('Get help now')
    expect(html).toContain('Call or text 988.')
  })

  it('keeps script links and injected markup inert', () => {
    const html = render(
      { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [text('click')] }] },
      { type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] },
    )
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<img')
    expect(html).toContain('click')
  })

  it('links to safe external and internal targets', () => {
    const html = render(
      { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'custom', url: 'https://pubmed.ncbi.nlm.nih.gov/1/', newTab: true }, children: [text('PubMed')] }] },
      { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'conditions', value: { slug: 'ptsd' } } }, children: [text('PTSD')] }] },
    )
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/1/" rel="noopener noreferrer" target="_blank"')
    expect(html).toContain('href="/conditions/ptsd"')
  })

  it('in Spanish, leads site links to the Spanish pages and labels callouts and markers in Spanish', () => {
    const html = renderToStaticMarkup(
      <RichText
        locale="es"
        citationNumbers={new Map([[7, 2]])}
        content={doc(
          { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'custom', url: '/conditions/ptsd' }, children: [text('TEPT')] }] },
          { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { slug: 'a' } } }, children: [text('A')] }] },
          { type: 'block', fields: { blockType: 'callout', variant: 'crisis', title: '', text: 'Llame al 988.' } },
          { type: 'paragraph', children: [{ type: 'inlineBlock', fields: { blockType: 'citationReference', citation: 7 } }] },
        )}
      />,
    )
    expect(html).toContain('href="/es/conditions/ptsd"')
    expect(html).toContain('href="/es/articles/a"')
    expect(html).toContain('Busque ayuda ahora')
    expect(html).toContain('aria-label="Referencia 2"')
  })
})
