/**
 * The server's own cache of finished reader pages (lean and compressed), so a cached page costs one
 * lookup instead of a trip through Next. Only pages Next itself serves from its cache for everyone
 * (public `s-maxage`, not stale, no cookies either way) are kept; `/api/revalidate` empties it whenever
 * the CMS reports a change, before the next request can read a page again.
 */
export type CachedPage = { status: number; headers: [string, string][]; body: Buffer; gzip: Buffer }

const KEY = Symbol.for('kat.portal.pageCache')
const MAX_PAGES = 5000

/** One cache per process, shared by the server and Next's route handlers (which load their own modules). */
export function pageCache(): Map<string, CachedPage> {
  const holder = globalThis as { [KEY]?: Map<string, CachedPage> }
  holder[KEY] ??= new Map()
  return holder[KEY]
}

export function rememberPage(key: string, page: CachedPage): void {
  const cache = pageCache()
  // Oldest first out: a Map keeps insertion order.
  if (cache.size >= MAX_PAGES) cache.delete(cache.keys().next().value!)
  cache.set(key, page)
}

/** Whether a response Next gave may be kept and served to every reader. */
export function isShareable(status: number, headers: Record<string, unknown>): boolean {
  const cacheControl = String(headers['cache-control'] ?? '')
  return (
    status === 200 &&
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    headers['set-cookie'] === undefined &&
    String(headers['x-nextjs-cache'] ?? '').toUpperCase() !== 'STALE'
  )
}

/** Requests that may be answered from it: plain reads by a reader, never a draft preview. */
export function isCacheableRequest(method: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  const cookie = String(headers.cookie ?? '')
  return !/__prerender_bypass|__next_preview_data/.test(cookie) && headers.rsc === undefined
}
