import { describe, expect, it } from 'vitest'

import { parsePost } from './parse'
import { fixture } from './testing/fixtures'
import type { Block, Inline } from './types'

const text = (value: string, format: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text: value, ...format })
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children })
const md = (value: string) => parsePost({ name: 'post.md', text: value })

describe('Markdown: front matter, lists, links, references', () => {
  const post = parsePost(fixture('md-front-matter.md'))

  it('takes title, summary and metadata from the front matter', () => {
    expect(post.format).toBe('markdown')
    expect(post.title).toBe('Ketamine and Chronic Pain: A Careful Look')
    expect(post.summary).toBe('How ketamine is used for some kinds of chronic pain, and what remains uncertain.')
    expect(post.metadata).toEqual({
      author: 'Priya Raman',
      publishedAt: '2024-05-20',
      categories: ['Blog', 'Chronic pain', 'Research'],
      tags: [],
      canonicalUrl: 'https://clinic.example/blog/ketamine-chronic-pain/',
    })
  })

  it('reads the body with emphasis, flattened nested lists and resolved links', () => {
    expect(post.blocks).toEqual([
      paragraph(text('Ketamine has a long history in pain medicine, mostly in hospital settings. Some pain clinics now offer it for certain chronic pain conditions, usually when other options have not helped.')),
      { type: 'heading', level: 2, text: 'How It May Help' },
      paragraph(
        text('Researchers think ketamine may reduce '),
        text('central sensitisation', { italic: true }),
        text(', where the nervous system becomes over-responsive to pain signals. Evidence is '),
        text('mixed', { bold: true }),
        text(', and benefits are often short-lived.'),
      ),
      { type: 'heading', level: 3, text: 'Who Might Be Considered' },
      {
        type: 'list',
        ordered: false,
        items: [[text('People with complex regional pain syndrome (CRPS)')], [text('Some people with nerve pain that has not responded to other treatments')], [text('only after a specialist assessment')]],
      },
      { type: 'heading', level: 2, text: 'What to Ask Your Clinician' },
      { type: 'list', ordered: true, items: [[text('What results have you seen in people like me?')], [text('How will we know whether it is working?')]] },
      paragraph(
        text('Read the '),
        { type: 'link', url: 'https://clinic.example/pain-team', text: 'overview from our pain team' },
        text(' or the '),
        { type: 'link', url: 'https://www.example.org/pain-guidance', text: 'national guidance' },
        text('. Our '),
        { type: 'link', url: 'https://clinic.example/notes', text: 'session notes' },
        text(' explain more.'),
      ),
    ])
    expect(post.warnings).toEqual(['1 image was not imported.', 'Nested lists were flattened into one level.'])
  })

  it('reads the references list', () => {
    expect(post.sources).toEqual([
      {
        raw: 'Okonjo V, Banerjee MS, Cole SP. Ketamine for chronic pain: a systematic review of randomized trials. Example Pain Med. 2019;29(1):241-254. doi:10.5555/epm.2019.4185',
        title: 'Ketamine for chronic pain: a systematic review of randomized trials',
        doi: '10.5555/epm.2019.4185',
        pmid: null,
        url: null,
        authors: 'Okonjo V, Banerjee MS, Cole SP',
        journal: 'Example Pain Med',
        year: 2019,
      },
      {
        raw: 'Pain management guidance, https://www.example.org/pain-guidance (accessed 2024)',
        title: 'Pain management guidance',
        doi: null,
        pmid: null,
        url: 'https://www.example.org/pain-guidance',
        authors: null,
        journal: null,
        year: null,
      },
    ])
  })
})

describe('Markdown: leading # title, furniture lines, table, disclaimer', () => {
  const post = parsePost(fixture('md-h1-title.md'))

  it('uses the single leading H1 as title and removes date, share and Next lines', () => {
    expect(post.title).toBe('Talking to Your Family About Ketamine Treatment')
    expect(post.metadata.publishedAt).toBe('2024-09-02')
    expect(post.removed).toEqual(['Published: 2 September 2024', 'Share this post', 'Next', 'Why Integration Sessions Matter'])
  })

  it('turns table rows into paragraphs and takes out the bold "Disclaimer:" paragraph', () => {
    expect(post.blocks.slice(-4)).toEqual([
      { type: 'heading', level: 2, text: 'Practical Help You Might Need' },
      paragraph(text('Task – Who could help')),
      paragraph(text('A lift home after sessions – A partner or friend')),
      paragraph(text('Quiet time afterwards – Whoever you live with')),
    ])
    expect(post.disclaimer).toBe('This post shares general information and is not a substitute for professional advice.')
    expect(post.warnings).toEqual(['1 table was turned into one paragraph per row.'])
  })
})

describe('Markdown: several H1 sections', () => {
  it('takes a plain first line as title and shifts heading levels so the body starts at 2', () => {
    const post = parsePost(fixture('md-multi-h1.md'))
    expect(post.title).toBe('Ketamine Sessions Explained Step by Step')
    expect(post.blocks.filter((block) => block.type === 'heading')).toEqual([
      { type: 'heading', level: 2, text: 'Before' },
      { type: 'heading', level: 3, text: 'Consent' },
      { type: 'heading', level: 2, text: 'During' },
      { type: 'heading', level: 2, text: 'After' },
    ])
    expect(post.markdown.startsWith('## Before\n\nYou meet your care team')).toBe(true)
  })
})

describe('Markdown: details', () => {
  it('keeps deep headings at level 4 at most', () => {
    const post = md('# Title\n\n## A\n\n### B\n\n#### C\n\n##### D\n\ntext')
    expect(post.blocks.filter((block) => block.type === 'heading').map((block) => (block.type === 'heading' ? block.level : 0))).toEqual([2, 3, 4, 4])
  })

  it('warns about unreadable front matter and still reads the body', () => {
    const post = md('---\ntitle: [unclosed\n---\n# Real Title\n\nBody text.')
    expect(post.title).toBe('Real Title')
    expect(post.warnings[0]).toMatch(/^The front matter could not be read and was ignored \(/)
    expect(post.blocks).toEqual([paragraph(text('Body text.'))])
  })

  it('drops unsafe links, keeps their text, and splits soft-wrapped source lines into entries', () => {
    const post = md('# T\n\nA [bad link](javascript:alert(1)) here.\n\n## Sources\n\nDoe J. First study. Example J. 2020;1:1.\nRoe S. Second study. Example J. 2021;2:2.')
    expect(post.blocks).toEqual([paragraph(text('A bad link here.'))])
    expect(post.warnings).toEqual(['Link with unsafe address dropped: javascript:alert(1)'])
    expect(post.sources.map((source) => [source.title, source.year])).toEqual([
      ['First study', 2020],
      ['Second study', 2021],
    ])
  })

  it('reads raw HTML blocks inside Markdown', () => {
    const post = md('# T\n\n<div class="note"><p>From <strong>HTML</strong>.</p><img src="x.png"></div>\n\nAfter.')
    expect(post.blocks).toEqual([paragraph(text('From '), text('HTML', { bold: true }), text('.')), paragraph(text('After.'))])
    expect(post.warnings).toEqual(['1 image was not imported.'])
  })
})
