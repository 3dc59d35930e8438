import { describe, expect, it } from 'vitest'

import { COLLECTION_PATH_PREFIX, documentPages, documentPath, isRoutedCollection, routes } from './routes'

describe('routes', () => {
  it('builds every reader route', () => {
    expect(routes.home()).toBe('/')
    expect(routes.conditions()).toBe('/conditions')
    expect(routes.condition('chronic-pain')).toBe('/conditions/chronic-pain')
    expect(routes.handout('chronic-pain')).toBe('/conditions/chronic-pain/handout')
    expect(routes.articles()).toBe('/articles')
    expect(routes.articles('?condition=chronic-pain')).toBe('/articles?condition=chronic-pain')
    expect(routes.article('what-to-expect')).toBe('/articles/what-to-expect')
    expect(routes.contraindications()).toBe('/contraindications')
    expect(routes.feed()).toBe('/feed.xml')
    expect(routes.sitemap()).toBe('/sitemap.xml')
  })

  it('prefixes document pages by collection, the handout with its condition', () => {
    expect(documentPath('articles', 'a')).toBe(`${COLLECTION_PATH_PREFIX.articles}/a`)
    expect(documentPages('conditions', 'ptsd')).toEqual(['/conditions/ptsd', '/conditions/ptsd/handout'])
    expect(documentPages('articles', 'a')).toEqual(['/articles/a'])
    expect(isRoutedCollection('conditions')).toBe(true)
    expect(isRoutedCollection('citations')).toBe(false)
  })
})
