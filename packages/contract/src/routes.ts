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

export const routes = {
  home: () => '/',
  conditions: () => COLLECTION_PATH_PREFIX.conditions,
  condition: (slug: string) => documentPath('conditions', slug),
  handout: (slug: string) => `${documentPath('conditions', slug)}/handout`,
  /** The article list; `query` is a ready query string (`?condition=…`) or empty. */
  articles: (query = '') => `${COLLECTION_PATH_PREFIX.articles}${query}`,
  article: (slug: string) => documentPath('articles', slug),
  articleHandout: (slug: string) => `${documentPath('articles', slug)}/handout`,
  /** The packet builder for clinicians; `query` preselects topics (`?c=…&a=…`) or is empty. */
  share: (query = '') => `/share${query}`,
  /** A packet: the chosen topics, in order, and nothing else. */
  packet: (topics: PacketTopics) => `${PACKET_PATH}?${packetQuery(topics)}`,
  contraindications: () => '/contraindications',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
} as const

/** Every page a document of a routed collection has (each also has its handout). */
export function documentPages(collection: RoutedCollection, slug: string): string[] {
  return collection === 'conditions' ? [routes.condition(slug), routes.handout(slug)] : [routes.article(slug), routes.articleHandout(slug)]
}

/** Where a packet lives; its topics are the query. */
export const PACKET_PATH = '/share/packet'

/** The topics of an education packet, by slug, in the order chosen. */
export type PacketTopics = { conditions: string[]; articles: string[] }

export const MAX_PACKET_TOPICS = 12

/** `c=<condition slug>` and `a=<article slug>`, repeated: the packet's whole address, nothing about the patient. */
export const packetQuery = (topics: PacketTopics): string =>
  new URLSearchParams([...topics.conditions.map((slug) => ['c', slug]), ...topics.articles.map((slug) => ['a', slug])]).toString()

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
