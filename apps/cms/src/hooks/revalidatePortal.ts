import {
  cacheTags,
  type CdnPurgeRequest,
  fixedPathsReading,
  internalPortalUrl,
  REVALIDATE_PATH,
  REVALIDATE_SECRET_HEADER,
  revalidationPaths,
  type PortalCollection,
  type PortalGlobal,
  type RevalidationRequest,
} from '@kat/contract'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { readCdnPurge, readReplicaUrls, type CdnPurgeSettings } from '../env'
import { afterCommit } from './afterCommit'

type Doc = { id?: string | number; slug?: string | null; _status?: 'draft' | 'published' | null }

const lastFailureLoggedAt = new Map<string, number>()

function logFailure(req: PayloadRequest, what: Target, message: string) {
  // One line per 30 s and target: a portal that is down (e.g. during a seed) must not flood the log.
  if (Date.now() - (lastFailureLoggedAt.get(what.name) ?? 0) < 30_000) return
  lastFailureLoggedAt.set(what.name, Date.now())
  req.payload.logger.warn(`${what.name} ${message} The save is kept; ${what.catchUp}.`)
}

type Target = { name: string; catchUp: string }
const PORTAL: Target = { name: 'Portal revalidation', catchUp: 'the portal catches up at the next successful call' }
const CDN: Target = { name: 'CDN purge', catchUp: "the CDN's copies expire at their s-maxage" }

/**
 * Follow-up calls, only with read replicas: the portal's re-render after the first call can reach a
 * CMS instance whose replica has not replayed the change yet, and keep what it read. Each later call
 * expires that again. Without replicas every re-read after the commit sees it, and a read the notice
 * overtook is not kept by the portal (apps/web/src/server/cache-handler.ts): one call is enough.
 */
const FOLLOW_UP_CALLS_AFTER_MS = [1_000, 5_000, 15_000]

/**
 * Tells the portal what changed: POST `{ tags, paths }` to its internal address (WEB_INTERNAL_URL, else
 * WEB_URL) at /api/revalidate with REVALIDATE_SECRET; and, with CDN_PURGE_URL, the CDN the same tags.
 * Never blocks or fails a save: errors are logged, and the portal's cache catches up at the next success.
 */
export async function notifyPortal(req: PayloadRequest, tags: string[], paths: string[]): Promise<void> {
  const webUrl = internalPortalUrl(process.env)
  const secret = process.env.REVALIDATE_SECRET
  // Checked at startup (payload.config.ts); read here so the settings of the running process apply.
  const cdn = readCdnPurge(process.env).value
  const followUps = readReplicaUrls(process.env).value.length ? FOLLOW_UP_CALLS_AFTER_MS : []
  const portal = webUrl && secret ? { webUrl, secret } : undefined
  if ((!portal && !cdn) || req.context.skipRevalidation) return
  // The commit waits for the first call to the portal, so a save answers only once the portal was told;
  // the CDN is purged after it (so it fetches the refreshed page), without holding the save up.
  await afterCommit(req, async () => {
    const told = portal ? await postRevalidation(req, portal.webUrl, portal.secret, tags, paths) : false
    if (cdn) void purgeCdn(req, cdn, tags)
    if (!portal || !told) return
    followUps.forEach((delay, index) => {
      const last = index === followUps.length - 1
      setTimeout(async () => {
        await postRevalidation(req, portal.webUrl, portal.secret, tags, paths)
        // A page the CDN fetched while the portal still served the old one is dropped by one last purge.
        if (cdn && last) await purgeCdn(req, cdn, tags)
      }, delay).unref()
    })
  })
}

function postRevalidation(req: PayloadRequest, webUrl: string, secret: string, tags: string[], paths: string[]): Promise<boolean> {
  return post(req, PORTAL, `${webUrl}${REVALIDATE_PATH}`, { [REVALIDATE_SECRET_HEADER]: secret }, { tags, paths } satisfies RevalidationRequest)
}

function purgeCdn(req: PayloadRequest, cdn: CdnPurgeSettings, tags: string[]): Promise<boolean> {
  return post(req, CDN, cdn.url, { authorization: `Bearer ${cdn.secret}` }, { tags } satisfies CdnPurgeRequest)
}

async function post(req: PayloadRequest, to: Target, url: string, headers: Record<string, string>, body: CdnPurgeRequest | RevalidationRequest): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) {
      logFailure(req, to, `answered ${response.status} for ${body.tags.join(', ')}.`)
      return false
    }
    return true
  } catch (error) {
    logFailure(req, to, `failed (${error instanceof Error ? error.message : String(error)}).`)
    return false
  }
}

// On create, Payload passes an empty previousDoc: no id means nothing was live before.
const isLive = (doc: Doc | undefined) =>
  doc?.id !== undefined && (doc._status === undefined || doc._status === 'published')

/**
 * afterChange/afterDelete hooks for a collection. Drafts of unpublished documents change nothing readers
 * see, so only changes to or from a published version notify the portal. The tags reach every portal
 * read that embeds the document; the paths are the pages that read the collection (see @kat/contract).
 */
export function revalidatePortal(collection: PortalCollection, pathsOf: (doc: Doc) => string[] = (doc) => revalidationPaths(collection, doc.slug)) {
  const tagsOf = (doc: Doc) => [cacheTags.collection(collection), ...(doc.id !== undefined ? [cacheTags.doc(collection, doc.id)] : [])]
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (!isLive(doc as Doc) && !isLive(previousDoc as Doc)) return doc
    const paths = new Set([...pathsOf(doc as Doc), ...(isLive(previousDoc as Doc) ? pathsOf(previousDoc as Doc) : [])])
    await notifyPortal(req, tagsOf(doc as Doc), [...paths])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await notifyPortal(req, tagsOf(doc as Doc), pathsOf(doc as Doc))
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export const revalidateGlobal =
  (slug: PortalGlobal): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await notifyPortal(req, [cacheTags.global(slug)], fixedPathsReading(slug))
    return doc
  }
