import {
  cacheTags,
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

import { afterCommit } from './afterCommit'

type Doc = { id?: string | number; slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * Tells the portal what changed: POST `{ tags, paths }` to its internal address (WEB_INTERNAL_URL, else
 * WEB_URL) at /api/revalidate with REVALIDATE_SECRET.
 * Never blocks or fails a save: errors are logged, and the portal's cache catches up at the next success.
 */
let lastFailureLoggedAt = 0

function logFailure(req: PayloadRequest, message: string) {
  // One line per 30 s: a portal that is down (e.g. during a seed) must not flood the log.
  if (Date.now() - lastFailureLoggedAt < 30_000) return
  lastFailureLoggedAt = Date.now()
  req.payload.logger.warn(`${message} The save is kept; the portal catches up at the next successful call.`)
}

/**
 * Follow-up calls: a portal render that read the old data just before the commit can store it in the
 * cache just after the first call expired it, and be taken as fresh (seen under load: a publish never
 * showed). Each later call expires what such a render stored; a render slower than the last one is the
 * only way left to keep old data, until the next change.
 */
const FOLLOW_UP_CALLS_AFTER_MS = [1_000, 5_000, 15_000]

export async function notifyPortal(req: PayloadRequest, tags: string[], paths: string[]): Promise<void> {
  const webUrl = internalPortalUrl(process.env)
  const secret = process.env.REVALIDATE_SECRET
  if (!webUrl || !secret || req.context.skipRevalidation) return
  // The commit waits for the first call, so a save answers only once the portal was told.
  await afterCommit(req, async () => {
    if (!(await postRevalidation(req, webUrl, secret, tags, paths))) return
    for (const delay of FOLLOW_UP_CALLS_AFTER_MS) {
      setTimeout(() => void postRevalidation(req, webUrl, secret, tags, paths), delay).unref()
    }
  })
}

async function postRevalidation(req: PayloadRequest, webUrl: string, secret: string, tags: string[], paths: string[]): Promise<boolean> {
  try {
    const response = await fetch(`${webUrl}${REVALIDATE_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
      body: JSON.stringify({ tags, paths } satisfies RevalidationRequest),
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) {
      logFailure(req, `Portal revalidation answered ${response.status} for ${tags.join(', ')}.`)
      return false
    }
    return true
  } catch (error) {
    logFailure(req, `Portal revalidation failed (${error instanceof Error ? error.message : String(error)}).`)
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
