/**
 * Next's cache handler when `REDIS_URL` is set (next.config.ts): data and page caches shared by every
 * portal instance, keyed by build so two releases never read each other's pages.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { announceRevalidated, sharedCacheHandlers } from './shared-cache'

CacheHandler.onCreation(({ buildId }) => ({ handlers: sharedCacheHandlers(`portal:${buildId ?? 'dev'}:`) }))

/** Announces the tags of one notice once, after all of them are gone from Redis. */
export default class SharedCacheHandler extends CacheHandler {
  override async revalidateTag(tag: string | string[]): Promise<void> {
    await super.revalidateTag(tag)
    await announceRevalidated(typeof tag === 'string' ? [tag] : tag)
  }
}
