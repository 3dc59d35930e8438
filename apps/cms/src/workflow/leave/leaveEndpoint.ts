import type { CollectionAfterChangeHook, CollectionSlug, Endpoint, PayloadRequest } from 'payload'

/**
 * POST /api/<collection>/:id/leave, sent by the edit view when its tab closes (a beacon) or the editor
 * navigates away. It releases the caller's edit lock, so a closed tab does not leave the next person a
 * "document locked, take over?" warning, and it discards the empty draft that opening "Create New"
 * made if nothing was ever saved into it (Payload creates it on open when autosave is on).
 */

/** Set on the request when an untouched new draft is discarded: not a deletion worth auditing. */
export const DISCARDED_UNTOUCHED = 'discardedUntouchedDraft'

export async function releaseLocks(req: PayloadRequest, collection: CollectionSlug, id: number | string, userId?: number | string) {
  await req.payload.delete({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        ...(userId === undefined ? [] : [{ 'user.value': { equals: userId } }]),
      ],
    },
    overrideAccess: true,
    req,
  })
}

/** Only the version Payload wrote on open, by this user, never saved since. */
async function isUntouchedNewDraft(req: PayloadRequest, collection: CollectionSlug, id: string, userId: number | string) {
  const versions = await req.payload.findVersions({ collection, where: { parent: { equals: id } }, limit: 2, depth: 0, overrideAccess: true, req })
  if (versions.totalDocs !== 1) return false
  const only = versions.docs[0]!
  const version = only.version as { _status?: string; workflowHistory?: { by?: unknown }[] | null; createdAt?: string; updatedAt?: string }
  const creator = version.workflowHistory?.[0]?.by
  return (
    version._status === 'draft' &&
    (version.workflowHistory?.length ?? 0) <= 1 &&
    String(creator && typeof creator === 'object' ? (creator as { id: unknown }).id : creator) === String(userId) &&
    only.createdAt === only.updatedAt
  )
}

export const leaveEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/leave',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in first.' }] }, { status: 401 })
    if (!/^\d{1,15}$/.test(id)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    await releaseLocks(req, slug, id, req.user.id)
    let discarded = false
    if (await isUntouchedNewDraft(req, slug, id, req.user.id)) {
      req.context[DISCARDED_UNTOUCHED] = true
      await req.payload.delete({ collection: slug, id, overrideAccess: true, req, context: { [DISCARDED_UNTOUCHED]: true, skipRevalidation: true } })
      discarded = true
    }
    return Response.json({ released: true, discarded })
  },
})

/**
 * afterChange: a document sent for review is the reviewer's now; the author's lock goes with the step,
 * so the reviewer opening it is not asked to "take over".
 */
export const releaseLockOnSubmit =
  (slug: CollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc.workflowStatus === 'in-review' && previousDoc?.workflowStatus !== 'in-review') await releaseLocks(req, slug, doc.id)
    return doc
  }
