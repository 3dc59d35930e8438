import { isValidSlug } from './slug'

/**
 * Every reader route of the portal, built in one place: the portal links with these, the CMS builds
 * preview links, slug redirects and revalidation paths from them.
 */
export const ROUTED_COLLECTIONS = ['articles', 'conditions'] as const
export type RoutedCollection = (typeof ROUTED_COLLECTIONS)[number]

/** The path prefix of each collection that has its own pages. */
export const COLLECTION_PATH_PREFIX: Record<RoutedCollection, string> = { articles: '/articles', conditions: '/conditions' }

export const isRoutedCollection = (collection: string): collection is RoutedCollection => (ROUTED_COLLECTIONS as readonly string[]).includes(collection)

/** `/articles/<slug>`, `/conditions/<slug>`: a document's page. */
export const documentPath = (collection: RoutedCollection, slug: string): string => `${COLLECTION_PATH_PREFIX[collection]}/${slug}`

/** The portal's languages: English at the root, every other under its own prefix (`/es/…`). */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value)

/** The language a portal path is in: `/es` and `/es/…` are Spanish, everything else English. */
export const localeOfPath = (path: string): Locale => (path === '/es' || path.startsWith('/es/') || path.startsWith('/es?') ? 'es' : DEFAULT_LOCALE)

/** An English path (`/conditions/ptsd`) as it is in `locale` (`/es/conditions/ptsd`; `/` is `/es`). */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === '/' ? `/${locale}` : path.startsWith('/?') ? `/${locale}${path.slice(1)}` : `/${locale}${path}`
}

/** The same page in another language: the language switcher and hreflang alternates. */
export function pathInLocale(path: string, locale: Locale): string {
  const from = localeOfPath(path)
  const english = from === DEFAULT_LOCALE ? path : path.slice(from.length + 1) || '/'
  return localizedPath(english.startsWith('?') ? `/${english}` : english, locale)
}

/** Every reader route in one language. */
export const routesFor = (locale: Locale) => {
  const at = (path: string) => localizedPath(path, locale)
  return {
    home: () => at('/'),
    conditions: () => at(COLLECTION_PATH_PREFIX.conditions),
    condition: (slug: string) => at(documentPath('conditions', slug)),
    handout: (slug: string) => at(`${documentPath('conditions', slug)}/handout`),
    /** The article list; `query` is a ready query string (`?condition=…`) or empty. */
    articles: (query = '') => at(`${COLLECTION_PATH_PREFIX.articles}${query}`),
    article: (slug: string) => at(documentPath('articles', slug)),
    articleHandout: (slug: string) => at(`${documentPath('articles', slug)}/handout`),
    /** The packet builder for clinicians; `query` preselects topics (`?c=…&a=…`) or is empty. */
    share: (query = '') => at(`/share${query}`),
    /** A packet: the chosen topics, in order, and nothing else. */
    packet: (topics: PacketTopics) => at(`${PACKET_PATH}?${packetQuery(topics)}`),
    contraindications: () => at('/contraindications'),
    feed: () => at('/feed.xml'),
    // One sitemap for every language: each entry lists its alternates.
    sitemap: () => '/sitemap.xml',
  } as const
}

/** The English routes (the root of the site). */
export const routes = routesFor(DEFAULT_LOCALE)

/** Every page a document of a routed collection has (each also has its handout), in every language. */
export function documentPages(collection: RoutedCollection, slug: string): string[] {
  return LOCALES.flatMap((locale) => {
    const at = routesFor(locale)
    return collection === 'conditions' ? [at.condition(slug), at.handout(slug)] : [at.article(slug), at.articleHandout(slug)]
  })
}

/** Where a packet lives; its topics are the query. */
export const PACKET_PATH = '/share/packet'

/** The topics of an education packet, by slug, in the order chosen. */
export type PacketTopics = { conditions: string[]; articles: string[] }

export const MAX_PACKET_TOPICS = 12

/** `c=<condition slug>` and `a=<article slug>`, repeated: the packet's whole address, nothing about the patient. */
export const packetQuery = (topics: PacketTopics): string =>
  new URLSearchParams([...topics.conditions.map((slug): [string, string] => ['c', slug]), ...topics.articles.map((slug): [string, string] => ['a', slug])]).toString()

/** The topics a packet address names: malformed slugs dropped, repeats once, at most MAX_PACKET_TOPICS. */
export function parsePacketTopics(params: URLSearchParams): PacketTopics {
  const take = (key: string) => [...new Set(params.getAll(key).map((slug) => slug.trim()).filter(isValidSlug))]
  const conditions = take('c').slice(0, MAX_PACKET_TOPICS)
  return { conditions, articles: take('a').slice(0, MAX_PACKET_TOPICS - conditions.length) }
}

/** What a redirect's old path may hold once normalised: the characters of real blog permalinks. */
export const REDIRECT_PATH_PATTERN = /^\/[a-z0-9\-/._~]*$/

/**
 * An old address (a full URL or a path) in the one form redirects are stored and looked up in: the
 * path only, percent-decoded, lower case, without a trailing slash. Null when there is no path of its
 * own to redirect (the site root, WordPress's `/?p=123`) or it holds other characters.
 */
export function redirectSourcePath(address: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(new URL(address, 'https://old.invalid').pathname)
  } catch {
    return null
  }
  path = path.toLowerCase().replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  if (!path || path === '/' || !REDIRECT_PATH_PATTERN.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return null
  return path
}
