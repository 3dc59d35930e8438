/**
 * Next's cache handler on the production server (next.config.ts): with `REDIS_URL`, data and page
 * caches shared by every portal instance, keyed by build so two releases never read each other's
 * pages; without it, Next's own cache on this machine.
 *
 * Either way an entry is kept only as fresh as the request that read it. Next makes one handler per
 * request, before the request reads anything; a notice can overtake the read (which reached the CMS
 * just before the commit), and an entry stored after the notice would pass for fresh until the next
 * change. So an entry read before the last notice is not kept here, and in Redis it is dated from the
 * start of its request, which the tags revalidated since on any instance then expire.
 */
import { createRequire } from 'node:module'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import type * as NextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { mayPredateLastNotice, noteNotice } from './last-notice'
import { announceRevalidated, redisUrl, sharedCacheHandlers } from './shared-cache'

// Next's own handler, a CommonJS module with a default export: required, so its class is the default.
const { default: FileSystemCache } = createRequire(import.meta.url)(
  'next/dist/server/lib/incremental-cache/file-system-cache.js',
) as typeof NextFileSystemCache
type FileSystemCache = InstanceType<typeof FileSystemCache>

/** Next's cache on this machine, which keeps nothing read before the last notice. */
class LocalCacheHandler extends FileSystemCache {
  private readonly startedAt = Date.now()

  override async set(...[key, data, context]: Parameters<FileSystemCache['set']>): Promise<void> {
    // Forgetting an entry (no data) is always safe.
    if (data && mayPredateLastNotice(this.startedAt)) return
    await super.set(key, data, context)
  }

  override async revalidateTag(...args: Parameters<FileSystemCache['revalidateTag']>): Promise<void> {
    // First: a read that ends while the tags are being expired must already count as overtaken.
    noteNotice()
    await super.revalidateTag(...args)
  }
}

type SetArgs = Parameters<CacheHandler['set']>

/** The shared cache; each revalidation announced once to every instance, after Redis has it. */
class SharedCacheHandler extends CacheHandler {
  private readonly startedAt = Date.now()

  override async set(key: SetArgs[0], value: SetArgs[1], context: SetArgs[2]): Promise<void> {
    // Dated a millisecond early: a tag revalidated in the same millisecond expires it too.
    await super.set(key, value, { ...context, internal_lastModified: this.startedAt - 1 })
  }

  override async revalidateTag(tag: string | string[]): Promise<void> {
    noteNotice()
    await super.revalidateTag(tag)
    await announceRevalidated(typeof tag === 'string' ? [tag] : tag)
  }
}

const shared = redisUrl() !== undefined
if (shared) CacheHandler.onCreation(({ buildId }) => ({ handlers: sharedCacheHandlers(`portal:${buildId ?? 'dev'}:`) }))

export default shared ? SharedCacheHandler : LocalCacheHandler
