import { describe, expect, it } from 'vitest'

import { canonicalUrlKey, computeContentHash, computeSourceKey, sha256Hex } from './keys'

const content = {
  title: 'A Post',
  summary: 'Summary.',
  markdown: 'Body.\n',
  sources: [],
  disclaimer: null,
  metadata: { author: null, publishedAt: '2024-01-02', categories: ['B', 'A'], tags: [], canonicalUrl: null },
}

describe('keys', () => {
  it('hashes with sha256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('identifies a page by its canonical address, ignoring scheme, www, fragment, tracking and trailing slash', () => {
    expect(canonicalUrlKey('https://www.Clinic.example/blog/post/?utm_source=x&b=2&a=1#top')).toBe('clinic.example/blog/post?a=1&b=2')
    expect(canonicalUrlKey('http://clinic.example/blog/post')).toBe('clinic.example/blog/post')
    expect(canonicalUrlKey('javascript:alert(1)')).toBeNull()
    expect(computeSourceKey('https://clinic.example/blog/post/', 'Any title')).toBe(computeSourceKey('http://www.clinic.example/blog/post', 'Another title'))
  })

  it('falls back to the title in comparable form', () => {
    expect(computeSourceKey(null, 'Ketamine – What to Expect')).toBe(computeSourceKey(null, '  ketamine - what to expect! '))
    expect(computeSourceKey(null, 'Ketamine and PTSD')).not.toBe(computeSourceKey(null, 'Ketamine and OCD'))
  })

  it('hashes content independently of category order, and changes with the text', () => {
    const hash = computeContentHash(content)
    expect(computeContentHash({ ...content, metadata: { ...content.metadata, categories: ['A', 'B'] } })).toBe(hash)
    expect(computeContentHash({ ...content, markdown: 'Body changed.\n' })).not.toBe(hash)
    expect(computeContentHash({ ...content, metadata: { ...content.metadata, publishedAt: '2024-01-03' } })).not.toBe(hash)
  })
})
