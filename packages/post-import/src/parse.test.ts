import { describe, expect, it } from 'vitest'

import { blocksToText, decodeSource, findConditionMentions, parsePost, type ParsedPost } from './index'
import { fixture } from './testing/fixtures'
import { MAX_IMPORT_BYTES, type ImportFormat } from './types'

const FIXTURES = [
  'text-blank-lines.txt',
  'text-meta-subsections.txt',
  'text-single-newlines.txt',
  'text-references-numbered.txt',
  'html-full-page.html',
  'html-fragment-wix.html',
  'html-title-only.html',
  'md-front-matter.md',
  'md-h1-title.md',
  'md-multi-h1.md',
]

function expectWellFormed(post: ParsedPost): void {
  expect(post.title.trim()).not.toBe('')
  expect(post.sourceKey).toMatch(/^[0-9a-f]{64}$/)
  expect(post.contentHash).toMatch(/^[0-9a-f]{64}$/)
  if (post.summary !== null) expect(post.summary.length).toBeLessThanOrEqual(300)
  for (const block of post.blocks) {
    if (block.type === 'heading') expect([2, 3, 4]).toContain(block.level)
    const pieces = block.type === 'heading' || block.type === 'note' ? [] : block.type === 'paragraph' ? [block.children] : block.items
    for (const inline of pieces.flat()) {
      expect(inline.text).not.toBe('')
      if (inline.type === 'link') expect(inline.url).toMatch(/^(?:https?:\/\/|mailto:)/)
    }
  }
}

describe('parsePost on every fixture', () => {
  it.each(FIXTURES)('%s: decodes, parses and is well formed', (name) => {
    const { text } = fixture(name)
    const decoded = decodeSource({ name, bytes: new TextEncoder().encode(text) })
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    const post = parsePost({ name, text: decoded.text, format: decoded.format })
    expectWellFormed(post)
    expect(post.blocks.length).toBeGreaterThan(0)
    // No furniture or metadata line survives into the rendered body.
    for (const line of post.removed) expect(post.markdown.split('\n')).not.toContain(line)
  })
})

describe('stable keys', () => {
  it('gives the same post imported twice the same sourceKey and contentHash', () => {
    for (const name of FIXTURES) {
      const first = parsePost(fixture(name))
      const second = parsePost(fixture(name))
      expect(second.sourceKey, name).toBe(first.sourceKey)
      expect(second.contentHash, name).toBe(first.contentHash)
    }
  })

  it('keeps the sourceKey but changes the contentHash when the text is edited', () => {
    const original = fixture('text-blank-lines.txt')
    const edited = { ...original, text: original.text.replace('a quiet room', 'a quiet, dimly lit room') }
    const [before, after] = [parsePost(original), parsePost(edited)]
    expect(after.sourceKey).toBe(before.sourceKey)
    expect(after.contentHash).not.toBe(before.contentHash)
  })

  it('ignores changes that do not change the content: line ends, trailing spaces, furniture', () => {
    const original = fixture('text-meta-subsections.txt')
    const noisy = { ...original, text: `${original.text.replace(/\n/g, '  \r\n')}\r\n123 views\r\nFollow us\r\n` }
    expect(parsePost(noisy).contentHash).toBe(parsePost(original).contentHash)
  })

  it('identifies HTML pages by canonical address, so a new title keeps the key', () => {
    const page = fixture('html-full-page.html')
    const retitled = { ...page, text: page.text.replaceAll('What We Know So Far', 'What the Evidence Says') }
    expect(parsePost(retitled).sourceKey).toBe(parsePost(page).sourceKey)
    expect(parsePost(retitled).contentHash).not.toBe(parsePost(page).contentHash)
  })
})

describe('parsePost never throws', () => {
  const formats: ImportFormat[] = ['text', 'html', 'markdown']

  it('returns a titled, empty draft for empty and blank input', () => {
    for (const format of formats) {
      const post = parsePost({ name: 'empty-post.txt', text: '  \n\n ', format })
      expect(post.title).toBe('Empty post')
      expect(post.blocks).toEqual([])
      expect(post.markdown).toBe('')
      expect(post.summary).toBeNull()
      expect(post.warnings).toEqual(['No title was found in the post: the draft needs a title (the file name stands in for now).', 'No body text was found.'])
      expect(post).toMatchObject({ titleNeeded: true, titleSuggestions: [] })
    }
  })

  it('survives binary-looking, control-character and malformed input in every format', () => {
    const nasty = [
      '\u0000\u0001\u0002\uFFFD\uD800',
      '<<<>>>&&&<!--',
      '<html><body><table><tr><td><ul><li><a href="javascript:x">',
      '---\n: : :\n---\n# \n\n*',
      '[x](<>) ![](#) <div><p>unclosed',
      'Sources\n\n\n(view article)\n10.\nPMID:',
      'Disclaimer:\n\nDisclaimer\n\nImportant',
      'Previous\nNext\nPrevious\nNext',
      '•\n-\n1.\n*',
      '\u202e\u200bRTL override',
    ]
    for (const text of nasty) {
      for (const format of formats) {
        const post = parsePost({ name: 'bad.txt', text, format })
        expectWellFormed(post)
      }
    }
  })

  it('survives very deep nesting and huge reports without overflowing the stack', () => {
    const deep = parsePost({ name: 'deep.html', text: `<h1>Deep</h1><p>Kept.</p>${'<div>'.repeat(20_000)}lost` })
    expect(deep.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Kept.' }] }])
    expect(deep.warnings).toEqual(['Content nested more than 200 levels deep was skipped.'])

    const joined = parsePost({ name: 'joined.txt', text: `Joined Words\n\n${'therapyNext '.repeat(200_000)}` })
    expect(joined.splits).toHaveLength(501)
    expect(joined.splits[0]).toBe('therapyNext → therapy Next')
    expect(joined.splits[500]).toBe('…and 199500 more splits')
  }, 30_000)

  it('tolerates missing fields from JavaScript callers', () => {
    const post = parsePost({ name: undefined, text: null } as unknown as { name: string; text: string })
    expect(post.title).toBe('Untitled post')
    expect(post.format).toBe('text')
  })

  it('reads at most MAX_IMPORT_BYTES characters, in reasonable time', () => {
    const paragraph = 'Ketamine-assisted therapy is studied for depression, and people respond differently.\n\n'
    const text = `Long Post\n\n${paragraph.repeat(Math.ceil((MAX_IMPORT_BYTES + 1000) / paragraph.length))}`
    const started = Date.now()
    const post = parsePost({ name: 'long.txt', text })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(post.title).toBe('Long Post')
    expect(post.warnings).toContain('The text is longer than 5 MB; only the first 5 MB were read.')
  }, 60_000)

  it('respects an explicit format over detection', () => {
    const post = parsePost({ name: 'page.html', text: 'Title\n\n<p>Shown as text</p>', format: 'text' })
    expect(post.format).toBe('text')
    expect(post.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '<p>Shown as text</p>' }] }])
  })
})

describe('a fixture end to end with condition matching', () => {
  it('finds the conditions a post mentions in its body', () => {
    const post = parsePost(fixture('text-single-newlines.txt'))
    const conditions = [
      { key: 'ptsd', terms: ['post-traumatic stress disorder', 'PTSD'] },
      { key: 'depression', terms: ['depression'] },
      { key: 'pain', terms: ['chronic pain'] },
    ]
    expect(findConditionMentions(blocksToText(post.blocks), conditions)).toEqual([
      { key: 'depression', term: 'depression', evidence: 'depression', confidence: 'strong' },
      { key: 'ptsd', term: 'post-traumatic stress disorder', evidence: 'post-traumatic stress disorder', confidence: 'strong' },
    ])
  })
})
