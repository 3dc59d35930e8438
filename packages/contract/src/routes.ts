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
  contraindications: () => '/contraindications',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
} as const

/** Every page a document of a routed collection has (a condition also has its handout). */
export function documentPages(collection: RoutedCollection, slug: string): string[] {
  return collection === 'conditions' ? [routes.condition(slug), routes.handout(slug)] : [routes.article(slug)]
}
