/**
 * When this process last heard of a change from the CMS: a notice to this instance, or another
 * instance's through the shared cache. A read that began before it may hold what the change replaced
 * (it may have reached the CMS just before the commit), so Next's caches (cache-handler.ts) and the
 * server's kept pages (page-cache.ts) do not keep it as fresh, and no CDN may keep the page built on it
 * (server.ts).
 */
const KEY = Symbol.for('kat.portal.lastNotice')

/** One clock per process: the server and Next's route handlers load their own copies of this module. */
const clock = (): { at: number } => ((globalThis as { [KEY]?: { at: number } })[KEY] ??= { at: 0 })

export function noteNotice(): void {
  clock().at = Date.now()
}

/** Whether a read begun at `startedAt` (ms) may predate the last change: it began no later than the notice. */
export const mayPredateLastNotice = (startedAt: number): boolean => startedAt <= clock().at
