/**
 * The cache several portal instances share when `REDIS_URL` is set: Next's data and page caches in
 * Redis (`@fortedigital/nextjs-cache-handler`, see cache-handler.ts), every revalidated tag announced
 * on a channel so each instance also empties its own kept pages (page-cache.ts). One notice from the
 * CMS, to any instance, so refreshes all of them.
 *
 * Redis is a cache here, never a dependency: while it is away each instance reads and writes a local
 * LRU copy (kept current by its own renders and by the tags it hears of), tags revalidated meanwhile
 * are kept and replayed once Redis is back, and every instance then drops its kept pages, since it
 * may have missed announcements.
 */
import { randomUUID } from 'node:crypto'

import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

import { mayPredateLastNotice } from './last-notice'
import { clearPages } from './page-cache'

const CHANNEL = 'kat:portal:revalidated'
// A Redis that stops answering must not hold a page up for long: the local copy answers instead.
const COMMAND_TIMEOUT_MS = 1000

type RedisClient = ReturnType<typeof createClient>
type Shared = {
  instance: string
  client: RedisClient
  subscriber: RedisClient
  local: Handler
  /** Tags revalidated while Redis was away, replayed when it is back. */
  missed: Set<string>
  remote?: Handler
}

const KEY = Symbol.for('kat.portal.sharedCache')

export const redisUrl = (): string | undefined => process.env.REDIS_URL || undefined

function connect(url: string, name: string, options: { queueWhileOffline: boolean }): RedisClient {
  const client = createClient({
    url,
    // The cache's commands fail at once while disconnected (the local copy answers) instead of waiting
    // for Redis; the listener's subscription waits for the connection and is renewed on each reconnect.
    disableOfflineQueue: !options.queueWhileOffline,
    socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  })
  let down = false
  client.on('error', (error: unknown) => {
    if (!down) console.warn(`Shared cache (${name}): Redis unavailable, serving from the local cache: ${error instanceof Error ? error.message : String(error)}`)
    down = true
  })
  client.on('ready', () => {
    if (down) console.log(`Shared cache (${name}): Redis is back.`)
    down = false
  })
  // A Redis down at start only delays the shared cache; the client keeps trying.
  void client.connect().catch(() => undefined)
  return client
}

/** The process's one connection pair (Next loads the cache handler in several module graphs). */
function shared(): Shared | undefined {
  const url = redisUrl()
  if (!url) return undefined
  const holder = globalThis as { [KEY]?: Shared }
  if (holder[KEY]) return holder[KEY]
  const client = connect(url, 'cache', { queueWhileOffline: false })
  const subscriber = connect(url, 'notices', { queueWhileOffline: true })
  const state: Shared = { instance: randomUUID(), client, subscriber, local: createLruHandler(), missed: new Set() }
  holder[KEY] = state
  subscriber
    .subscribe(CHANNEL, (message) => {
      // Whatever the message, the kept pages go: a notice that cannot be read must not leave them.
      clearPages()
      const notice = parseNotice(message)
      if (notice && notice.from !== state.instance) for (const tag of notice.tags) void state.local.revalidateTag(tag)
    })
    .catch((error: unknown) => console.warn(`Shared cache: not listening for notices: ${error instanceof Error ? error.message : String(error)}`))
  let connectedBefore = false
  subscriber.on('ready', () => {
    // Announcements sent while this instance was not listening are lost: drop every kept page.
    if (connectedBefore) clearPages()
    connectedBefore = true
  })
  client.on('ready', () => void replayMissed(state))
  return state
}

/** A notice from another instance, or undefined for anything else on the channel. */
export function parseNotice(message: string): { tags: string[]; from: string } | undefined {
  try {
    const { tags, from } = JSON.parse(message) as { tags?: unknown; from?: unknown }
    return Array.isArray(tags) && tags.every((tag) => typeof tag === 'string') && typeof from === 'string' ? { tags, from } : undefined
  } catch {
    return undefined
  }
}

async function announce(state: Shared, tags: string[]): Promise<void> {
  await state.client.publish(CHANNEL, JSON.stringify({ tags, from: state.instance }))
}

async function replayMissed(state: Shared): Promise<void> {
  const tags = [...state.missed]
  if (!state.remote || tags.length === 0) return
  try {
    for (const tag of tags) await state.remote.revalidateTag(tag)
    for (const tag of tags) state.missed.delete(tag)
    await announce(state, tags)
  } catch {
    // Redis went away again: the next reconnect tries again.
  }
}

/**
 * After Next revalidated `tags` in every handler: every instance (this one too) drops its kept pages,
 * only now, so no page is kept from a cache entry about to go. Without Redis, this instance alone.
 */
export async function announceRevalidated(tags: string[]): Promise<void> {
  const state = shared()
  try {
    if (!state) throw new Error('no shared cache')
    await announce(state, tags)
  } catch {
    clearPages()
  }
}

/**
 * The handlers behind Next's cache, in order: Redis first (a miss there is a miss), the local copy
 * when Redis fails. Every write and revalidation goes to both.
 */
export function sharedCacheHandlers(keyPrefix: string): Handler[] {
  const state = shared()
  if (!state) throw new Error('The shared cache needs REDIS_URL.')
  const redis = createRedisHandler({ client: state.client as never, keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS })
  state.remote = redis
  const remote: Handler = {
    ...redis,
    name: 'redis',
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag)
      } catch (error) {
        state.missed.add(tag)
        throw error
      }
    },
  }
  // The local copy keeps nothing read before the last notice (Redis expires such entries itself).
  const local: Handler = {
    ...state.local,
    set: (key, value, context) => (mayPredateLastNotice(value.lastModified) ? Promise.resolve() : state.local.set(key, value, context)),
  }
  return [remote, local]
}

/** Starts listening for other instances' notices (the server calls it once; without Redis, nothing). */
export function startSharedCache(): void {
  const state = shared()
  if (state) console.log(`Shared cache: Redis at ${new URL(redisUrl()!).host}`)
}
