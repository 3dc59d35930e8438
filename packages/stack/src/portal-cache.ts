import { rmSync } from 'node:fs'
import path from 'node:path'
import {
  cacheTags,
  internalPortalUrl,
  PORTAL_COLLECTIONS,
  PORTAL_GLOBALS,
  REVALIDATE_PATH,
  REVALIDATE_SECRET_HEADER,
  type CdnPurgeRequest,
  type RevalidationRequest,
} from '@kat/contract'

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
  const body: RevalidationRequest = { tags: [], paths: [], everything: true }
  return { url, told: await post(url, { [REVALIDATE_SECRET_HEADER]: secret }, body) }
}

/**
 * Asks the CDN's purge webhook (`CDN_PURGE_URL`, as the CMS calls it) to drop every reader page: every
 * page carries the tag of at least one collection or global it reads as a surrogate key. Undefined
 * without a webhook; else whether it took the purge.
 */
export async function purgeEveryCdnPage(env: Env): Promise<boolean | undefined> {
  const url = env.CDN_PURGE_URL?.trim()
  const secret = env.CDN_PURGE_SECRET?.trim()
  if (!url || !secret) return undefined
  const body: CdnPurgeRequest = { tags: [...PORTAL_COLLECTIONS.map((collection) => cacheTags.collection(collection)), ...PORTAL_GLOBALS.map((global) => cacheTags.global(global))] }
  return post(url, { authorization: `Bearer ${secret}` }, body)
}

async function post(url: string, headers: Record<string, string>, body: RevalidationRequest | CdnPurgeRequest): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) })
    return response.ok
  } catch {
    return false
  }
}
