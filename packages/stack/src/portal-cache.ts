import { rmSync } from 'node:fs'
import path from 'node:path'
import { internalPortalUrl, REVALIDATE_PATH, REVALIDATE_SECRET_HEADER, type RevalidationRequest } from '@kat/contract'

import type { Env } from './env'

/** Where Next keeps the portal's rendered pages and CMS reads on disk: they outlive a restart. */
const CACHE_DIRS = ['apps/web/.next/server/route-cache', 'apps/web/.next/cache/fetch-cache']

/**
 * Forgets the portal's cache on this machine's disk, so a portal started next reads the database it
 * runs on (a fresh test database, a restored one) instead of serving what it rendered before.
 */
export function clearPortalCacheOnDisk(rootDir: string): void {
  for (const dir of CACHE_DIRS) rmSync(path.join(rootDir, dir), { recursive: true, force: true })
}

/**
 * Tells a running portal that every page may have changed (after a restore): it expires every page and
 * every CMS read, on every instance when they share Redis. The address it was sent to, and whether the
 * portal took it (it may simply not be running).
 */
export async function refreshEveryPortalPage(env: Env): Promise<{ url: string | undefined; told: boolean }> {
  const base = internalPortalUrl(env)
  const secret = env.REVALIDATE_SECRET
  if (!base || !secret) return { url: base, told: false }
  const url = `${base}${REVALIDATE_PATH}`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
      body: JSON.stringify({ tags: [], paths: [], everything: true } satisfies RevalidationRequest),
      signal: AbortSignal.timeout(5000),
    })
    return { url, told: response.ok }
  } catch {
    return { url, told: false }
  }
}
