import { DEFAULT_LOCALE, documentPages, isRoutedCollection, LOCALES, localizedPath, pathInLocale, routes, type RoutedCollection } from './routes'

/**
 * How the portal's cache follows the CMS: each portal read is tagged, the CMS names what changed in the
 * same tags, and the table below says which collections and globals each page type reads, so the CMS
 * knows which fixed paths to refresh and a page cannot embed a collection it does not declare.
 */
export const PORTAL_COLLECTIONS = ['articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects'] as const
export type PortalCollection = (typeof PORTAL_COLLECTIONS)[number]
export const PORTAL_GLOBALS = ['site-settings'] as const
export type PortalGlobal = (typeof PORTAL_GLOBALS)[number]

export type Id = number | string

export const cacheTags = {
  /** Any change to any document of the collection (a new one, a removal, a list's order). */
  collection: (collection: string) => `collection:${collection}`,
  /** A change, unpublish or delete of that one document. */
  doc: (collection: string, id: Id) => `doc:${collection}:${id}`,
  global: (slug: string) => `global:${slug}`,
}

/** Next keeps at most this many tags on one fetch (NEXT_CACHE_TAG_MAX_ITEMS) and drops the rest. */
export const MAX_TAGS_PER_FETCH = 128

type PageReads = {
  /** The page's fixed path; absent for pages of one document. */
  path?: string
  /** The collection whose document the page shows, read by slug. */
  document?: RoutedCollection
  collections: readonly PortalCollection[]
  globals: readonly PortalGlobal[]
}

// Every HTML page's layout reads the required disclaimers and the site settings (crisis help, footer).
export const PAGE_READS = {
  home: { path: routes.home(), collections: ['conditions', 'articles', 'disclaimers'], globals: ['site-settings'] },
  conditions: { path: routes.conditions(), collections: ['conditions', 'disclaimers'], globals: ['site-settings'] },
  condition: {
    document: 'conditions',
    collections: ['conditions', 'articles', 'citations', 'contraindications', 'disclaimers', 'redirects'],
    globals: ['site-settings'],
  },
  // The handout shares the condition page's read (one cached fetch), citations included.
  handout: {
    document: 'conditions',
    collections: ['conditions', 'citations', 'contraindications', 'disclaimers', 'redirects'],
    globals: ['site-settings'],
  },
  articles: { path: routes.articles(), collections: ['articles', 'conditions', 'disclaimers'], globals: ['site-settings'] },
  article: {
    document: 'articles',
    collections: ['articles', 'citations', 'conditions', 'contraindications', 'disclaimers', 'redirects'],
    globals: ['site-settings'],
  },
  contraindications: { path: routes.contraindications(), collections: ['contraindications', 'disclaimers'], globals: ['site-settings'] },
  feed: { path: routes.feed(), collections: ['articles'], globals: [] },
  sitemap: { path: routes.sitemap(), collections: ['conditions', 'articles'], globals: [] },
} as const satisfies Record<string, PageReads>

export type PageType = keyof typeof PAGE_READS
export type DocumentPageType = { [P in PageType]: (typeof PAGE_READS)[P] extends { document: string } ? P : never }[PageType]

/** The documents a page of one document embeds, by collection: only collections the page declares. */
export type EmbeddedIds<P extends DocumentPageType> = Partial<Record<(typeof PAGE_READS)[P]['collections'][number], readonly Id[]>>

/**
 * Tags for the read of a document page: the document itself and every document it embeds, so a change,
 * unpublish or delete of any of them refreshes exactly the pages that show it. Past Next's limit the
 * collections with the most documents are tagged as a whole instead (still fresh, only coarser).
 */
export function documentReadTags<P extends DocumentPageType>(page: P, id: Id, embedded: EmbeddedIds<P>, max = MAX_TAGS_PER_FETCH): string[] {
  const reads: PageReads = PAGE_READS[page]
  const own = cacheTags.doc(reads.document!, id)
  const byCollection = Object.entries(embedded as Record<string, readonly Id[] | undefined>)
    .map(([collection, ids]) => ({ collection, ids: [...new Set(ids ?? [])] }))
    .filter(({ ids }) => ids.length > 0)
  for (const { collection } of byCollection) {
    if (!reads.collections.includes(collection as PortalCollection)) throw new Error(`The ${page} page does not read ${collection}.`)
  }
  const count = () => 1 + byCollection.reduce((sum, entry) => sum + (entry.ids.length || 1), 0)
  const coarse = new Set<string>()
  for (const entry of [...byCollection].sort((a, b) => b.ids.length - a.ids.length)) {
    if (count() <= max) break
    coarse.add(entry.collection)
    entry.ids = []
  }
  return [
    own,
    ...byCollection.flatMap(({ collection, ids }) => (coarse.has(collection) ? [cacheTags.collection(collection)] : ids.map((item) => cacheTags.doc(collection, item)))),
  ]
}

/** The fixed-path pages (lists, home, feed, sitemap) that read a collection or global, in every language (one sitemap for all). */
export function fixedPathsReading(source: PortalCollection | PortalGlobal): string[] {
  const paths = Object.values(PAGE_READS as Record<string, PageReads>)
    .filter((reads) => reads.path !== undefined && [...reads.collections, ...reads.globals].includes(source as never))
    .map((reads) => reads.path!)
  return [...new Set(LOCALES.flatMap((locale) => paths.map((path) => (path === routes.sitemap() ? path : localizedPath(path, locale)))))]
}

/**
 * The paths the CMS asks the portal to refresh after a change to a document: the fixed pages that read
 * its collection and, for articles and conditions, the document's own pages. Cache tags do the rest.
 */
export function revalidationPaths(collection: PortalCollection, slug?: string | null): string[] {
  const own = isRoutedCollection(collection) && slug ? documentPages(collection, slug) : []
  return [...new Set([...fixedPathsReading(collection), ...own])]
}

/**
 * The page type behind a reader path (no query), or undefined for anything else (previews, the packet
 * builder, API routes). Used for the CDN headers, so a path shaped like a document page counts even
 * when no such document exists: its 404 is never cacheable anyway.
 */
export function readerPageType(pathname: string): PageType | undefined {
  // A page in another language reads what its English twin reads.
  const english = pathInLocale(pathname, DEFAULT_LOCALE)
  const fixed = (Object.entries(PAGE_READS) as [PageType, PageReads][]).find(([, reads]) => reads.path === english)
  if (fixed) return fixed[0]
  const match = /^\/(articles|conditions)\/([^/]+)(\/handout)?$/.exec(english)
  if (!match) return undefined
  if (match[3]) return 'handout'
  return match[1] === 'articles' ? 'article' : 'condition'
}

/**
 * The surrogate keys of a reader page: the tags of everything its page type reads (collections and
 * globals), so a CDN purge by any tag the CMS names for a change reaches every page that may show it.
 */
export function surrogateKeys(page: PageType): string[] {
  const reads: PageReads = PAGE_READS[page]
  return [...reads.collections.map((collection) => cacheTags.collection(collection)), ...reads.globals.map((global) => cacheTags.global(global))]
}

/**
 * What a CDN may do with a reader page: keep it a minute and serve it stale for ten more while it
 * fetches a fresh one (a purge by surrogate key ends either at once); browsers always ask again.
 */
export const READER_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
/** Drafts, previews and error pages: never kept anywhere. */
export const NO_STORE = 'private, no-store'
