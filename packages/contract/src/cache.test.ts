import { describe, expect, it } from 'vitest'

import { cacheTags, documentReadTags, fixedPathsReading, PAGE_READS, PORTAL_COLLECTIONS, PORTAL_GLOBALS, readerPageType, revalidationPaths, surrogateKeys } from './cache'

describe('cache tags', () => {
  it('names collections, documents and globals as the CMS posts them', () => {
    expect(cacheTags.collection('citations')).toBe('collection:citations')
    expect(cacheTags.doc('citations', 7)).toBe('doc:citations:7')
    expect(cacheTags.global('site-settings')).toBe('global:site-settings')
  })
})

describe('documentReadTags', () => {
  it('tags the document and each document it embeds, once', () => {
    expect(documentReadTags('condition', 3, { citations: [1, 2, 2], contraindications: [5], conditions: [4], disclaimers: [] })).toEqual([
      'doc:conditions:3',
      'doc:citations:1',
      'doc:citations:2',
      'doc:contraindications:5',
      'doc:conditions:4',
    ])
  })

  it('refuses a collection the page does not declare', () => {
    expect(() => documentReadTags('handout', 3, { articles: [1] } as never)).toThrow('The handout page does not read articles.')
  })

  it("stays within Next's tag limit by tagging the largest collections as a whole", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
    const tags = documentReadTags('article', 9, { citations: ids(150), conditions: ids(3), disclaimers: ids(2) }, 128)
    expect(tags).toEqual(['doc:articles:9', 'collection:citations', 'doc:conditions:1', 'doc:conditions:2', 'doc:conditions:3', 'doc:disclaimers:1', 'doc:disclaimers:2'])
    expect(documentReadTags('article', 9, { citations: ids(60), conditions: ids(60), disclaimers: ids(10) }, 128)).toHaveLength(72)
  })
})

describe('what each page reads', () => {
  it('names only collections and globals the portal reads, and every HTML page reads the layout', () => {
    for (const [page, reads] of Object.entries(PAGE_READS)) {
      for (const collection of reads.collections) expect(PORTAL_COLLECTIONS, page).toContain(collection)
      for (const global of reads.globals) expect(PORTAL_GLOBALS, page).toContain(global)
      if (page !== 'feed' && page !== 'sitemap') expect(reads.collections, page).toContain('disclaimers')
    }
    expect(PAGE_READS.article.collections).toEqual(expect.arrayContaining(['articles', 'citations', 'conditions', 'contraindications', 'disclaimers']))
  })

  it('gives the fixed paths that read a source', () => {
    expect(fixedPathsReading('contraindications')).toEqual(['/contraindications', '/es/contraindications'])
    expect(fixedPathsReading('citations')).toEqual([])
    expect(fixedPathsReading('site-settings')).toEqual(['/', '/conditions', '/articles', '/contraindications', '/es', '/es/conditions', '/es/articles', '/es/contraindications'])
    expect(fixedPathsReading('articles')).toEqual(['/', '/articles', '/feed.xml', '/sitemap.xml', '/es', '/es/articles', '/es/feed.xml'])
  })

  it('gives the paths to refresh after a change: fixed pages and the document’s own', () => {
    expect(revalidationPaths('conditions', 'ptsd')).toEqual([
      '/',
      '/conditions',
      '/articles',
      '/sitemap.xml',
      '/es',
      '/es/conditions',
      '/es/articles',
      '/conditions/ptsd',
      '/conditions/ptsd/handout',
      '/es/conditions/ptsd',
      '/es/conditions/ptsd/handout',
    ])
    expect(revalidationPaths('articles', null)).toEqual(['/', '/articles', '/feed.xml', '/sitemap.xml', '/es', '/es/articles', '/es/feed.xml'])
    expect(revalidationPaths('citations', 'ignored')).toEqual([])
  })
})

describe('CDN keys', () => {
  it('finds the page type of each reader path and nothing else', () => {
    expect(readerPageType('/')).toBe('home')
    expect(readerPageType('/articles')).toBe('articles')
    expect(readerPageType('/conditions/ptsd')).toBe('condition')
    expect(readerPageType('/conditions/ptsd/handout')).toBe('handout')
    expect(readerPageType('/articles/what-to-expect')).toBe('article')
    expect(readerPageType('/sitemap.xml')).toBe('sitemap')
    expect(readerPageType('/share/packet')).toBeUndefined()
    expect(readerPageType('/api/preview')).toBeUndefined()
    expect(readerPageType('/conditions/a/b/c')).toBeUndefined()
    // Spanish pages are the page types of their English twins.
    expect(readerPageType('/es')).toBe('home')
    expect(readerPageType('/es/conditions/ptsd/handout')).toBe('handout')
    expect(readerPageType('/es/articles/what-to-expect')).toBe('article')
    expect(readerPageType('/es/feed.xml')).toBe('feed')
    expect(readerPageType('/essays')).toBeUndefined()
  })

  it('keys a page by every collection and global it reads, as the CMS names them in a notice', () => {
    expect(surrogateKeys('conditions')).toEqual(['collection:conditions', 'collection:disclaimers', 'global:site-settings'])
    expect(surrogateKeys('feed')).toEqual(['collection:articles'])
  })
})
