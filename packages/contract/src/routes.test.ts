import { describe, expect, it } from 'vitest'

import {
  COLLECTION_PATH_PREFIX,
  documentPages,
  documentPath,
  isRoutedCollection,
  localeOfPath,
  MAX_PACKET_TOPICS,
  parsePacketTopics,
  pathInLocale,
  redirectSourcePath,
  routes,
  routesFor,
} from './routes'

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
    expect(documentPages('conditions', 'ptsd')).toEqual(['/conditions/ptsd', '/conditions/ptsd/handout', '/es/conditions/ptsd', '/es/conditions/ptsd/handout'])
    expect(documentPages('articles', 'a')).toEqual(['/articles/a', '/articles/a/handout', '/es/articles/a', '/es/articles/a/handout'])
    expect(isRoutedCollection('conditions')).toBe(true)
    expect(isRoutedCollection('citations')).toBe(false)
  })
})

describe('routes in Spanish', () => {
  const es = routesFor('es')
  it('puts every reader route under /es, the sitemap shared', () => {
    expect(es.home()).toBe('/es')
    expect(es.conditions()).toBe('/es/conditions')
    expect(es.handout('ptsd')).toBe('/es/conditions/ptsd/handout')
    expect(es.articles('?q=dolor')).toBe('/es/articles?q=dolor')
    expect(es.packet({ conditions: ['ptsd'], articles: [] })).toBe('/es/share/packet?c=ptsd')
    expect(es.feed()).toBe('/es/feed.xml')
    expect(es.sitemap()).toBe('/sitemap.xml')
  })

  it('finds the same page in the other language', () => {
    expect(localeOfPath('/es')).toBe('es')
    expect(localeOfPath('/es/articles')).toBe('es')
    expect(localeOfPath('/essays')).toBe('en')
    expect(pathInLocale('/conditions/ptsd', 'es')).toBe('/es/conditions/ptsd')
    expect(pathInLocale('/es/conditions/ptsd', 'en')).toBe('/conditions/ptsd')
    expect(pathInLocale('/es', 'en')).toBe('/')
    expect(pathInLocale('/', 'es')).toBe('/es')
    expect(pathInLocale('/es/articles?q=dolor', 'en')).toBe('/articles?q=dolor')
    expect(pathInLocale('/es/conditions/ptsd', 'es')).toBe('/es/conditions/ptsd')
  })
})

describe('redirectSourcePath', () => {
  it('keeps the path of an old address, decoded, in lower case, without the trailing slash', () => {
    expect(redirectSourcePath('https://clinic.example/2023/05/12/Ketamine-And-Depression/')).toBe('/2023/05/12/ketamine-and-depression')
    expect(redirectSourcePath('https://clinic.example/post/what-to-expect?utm_source=x#top')).toBe('/post/what-to-expect')
    expect(redirectSourcePath('/blog/side-effects.html')).toBe('/blog/side-effects.html')
    expect(redirectSourcePath('/blog//double%2Dslash')).toBe('/blog/double-slash')
  })

  it('has nothing to redirect for the site root, query-only permalinks and other characters', () => {
    expect(redirectSourcePath('https://clinic.example/')).toBeNull()
    expect(redirectSourcePath('https://clinic.example/?p=123')).toBeNull()
    expect(redirectSourcePath('/blog/caf%C3%A9')).toBeNull()
    expect(redirectSourcePath('/blog/%E0%A4%A')).toBeNull()
    expect(redirectSourcePath('/a b')).toBeNull()
  })
})

describe('packets', () => {
  it('carries only the topics, in order, and reads them back without what is malformed or repeated', () => {
    const path = routes.packet({ conditions: ['ptsd', 'chronic-pain'], articles: ['first-session'] })
    expect(path).toBe('/share/packet?c=ptsd&c=chronic-pain&a=first-session')
    const params = new URLSearchParams('c=ptsd&c=ptsd&c=Bad%20Slug&c=chronic-pain&a=first-session&a=%3Cscript%3E&note=hello')
    expect(parsePacketTopics(params)).toEqual({ conditions: ['ptsd', 'chronic-pain'], articles: ['first-session'] })
    const many = new URLSearchParams(Array.from({ length: 20 }, (_, i) => ['a', `topic-${i}`]))
    expect(parsePacketTopics(many).articles).toHaveLength(MAX_PACKET_TOPICS)
  })
})
