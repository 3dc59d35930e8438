/**
 * The server's own cache of finished reader pages (lean and compressed), so a cached page costs one
 * lookup instead of a trip through Next. Reader pages (`readerPageType` in @kat/contract) answered 200
 * without cookies either way are kept, the article list with its query too: everything they show
 * comes from tagged CMS reads, so they only change when the CMS sends a notice. A notice (on this
 * instance through `/api/revalidate`, on the others through the shared cache's channel) empties it
 * before the next request can read a page again.
 */
import { mayPredateLastNotice, noteNotice } from './last-notice'

export type CachedPage = { status: number; headers: [string, string][]; body: Buffer; gzip: Buffer }

type PageCache = {
  pages: Map<string, CachedPage>
  /** Renders under way, so concurrent readers of one page wait for one render instead of each rendering. */
  rendering: Map<string, Promise<void>>
}

const KEY = Symbol.for('kat.portal.pageCache')
const MAX_PAGES = 5000

/** One cache per process, shared by the server and Next's route handlers (which load their own modules). */
function state(): PageCache {
  const holder = globalThis as { [KEY]?: PageCache }
  holder[KEY] ??= { pages: new Map(), rendering: new Map() }
  return holder[KEY]
}

export const keptPage = (key: string): CachedPage | undefined => state().pages.get(key)

/** Forgets every kept page after a notice, and every render already under way (it may be stale). */
export function clearPages(): void {
  noteNotice()
  state().pages.clear()
}

/** Keeps a page whose request began at `startedAt` (ms), unless a notice came in since. */
export function rememberPage(key: string, page: CachedPage, startedAt: number): void {
  const cache = state()
  if (mayPredateLastNotice(startedAt)) return
  // Oldest first out: a Map keeps insertion order.
  if (cache.pages.size >= MAX_PAGES) cache.pages.delete(cache.pages.keys().next().value!)
  cache.pages.set(key, page)
}

/** The render of `key` under way, if any. */
export const renderUnderWay = (key: string): Promise<void> | undefined => state().rendering.get(key)

/** Marks a render of `key` as under way until `done` settles. */
export function trackRender(key: string, done: Promise<void>): void {
  const { rendering } = state()
  rendering.set(key, done)
  void done.finally(() => {
    if (rendering.get(key) === done) rendering.delete(key)
  })
}

/** Whether a reader page Next gave may be kept and served to every reader. */
export function isShareable(status: number, headers: Record<string, unknown>): boolean {
  return status === 200 && headers['set-cookie'] === undefined && String(headers['x-nextjs-cache'] ?? '').toUpperCase() !== 'STALE'
}

/** Requests that may be answered from it: plain reads by a reader, never a draft preview. */
export function isCacheableRequest(method: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  const cookie = String(headers.cookie ?? '')
  return !/__prerender_bypass|__next_preview_data/.test(cookie) && headers.rsc === undefined
}
