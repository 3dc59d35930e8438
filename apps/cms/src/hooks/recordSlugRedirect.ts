import { documentPath, type RoutedCollection } from '@kat/contract'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

type Doc = { id?: number | string; slug?: string | null; _status?: string | null }

/**
 * When a published document is published again under a new slug, records a redirect from the old path
 * (its page under the old slug), repoints older redirects to the new path (no chains) and drops any
 * redirect from the new path, which is live again.
 */
export function recordSlugRedirect(collection: RoutedCollection) {
  const contextKey = `previousPublishedSlug:${collection}`

  const rememberPublishedSlug: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
    if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
    const published = (await req.payload
      .findByID({ collection, id: originalDoc.id, depth: 0, draft: false, overrideAccess: true, req })
      .catch(() => null)) as Doc | null
    if (published?._status === 'published' && published.slug) req.context[contextKey] = published.slug
    return data
  }

  const redirectOldPath: CollectionAfterChangeHook = async ({ doc, req }) => {
    const previous = req.context[contextKey]
    const current = (doc as Doc).slug
    if ((doc as Doc)._status !== 'published' || typeof previous !== 'string' || !current || previous === current) return doc
    const from = documentPath(collection, previous)
    const to = documentPath(collection, current)
    // The system records it, whoever published (a reviewer may publish but not edit redirects), and
    // notes on whose publish.
    const options = { req, overrideAccess: true }
    const recordedFor = req.user?.id ?? null

    await req.payload.update({ collection: 'redirects', where: { to: { equals: from } }, data: { to }, ...options })
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, ...options })
    const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, ...options })
    if (existing.docs[0]) {
      await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: { to, reason: 'slug-change', recordedFor }, ...options })
    } else {
      await req.payload.create({ collection: 'redirects', data: { from, to, reason: 'slug-change', recordedFor }, ...options })
    }
    return doc
  }

  return { beforeChange: rememberPublishedSlug, afterChange: redirectOldPath }
}
