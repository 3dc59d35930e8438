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
