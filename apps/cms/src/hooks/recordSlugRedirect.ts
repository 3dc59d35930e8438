import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug } from 'payload'

type Doc = { id?: number | string; slug?: string | null; _status?: string | null }

/**
 * When a published document is published again under a new slug, records a redirect from the old path
 * (`/<pathPrefix>/<old-slug>`), repoints older redirects to the new path (no chains) and drops any
 * redirect from the new path, which is live again.
 */
export function recordSlugRedirect(collection: CollectionSlug, pathPrefix: string) {
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
    const from = `${pathPrefix}/${previous}`
    const to = `${pathPrefix}/${current}`
    // Acts for the publishing user with their access; a scheduled publish (no user) acts as the system.
    const options = { req, overrideAccess: !req.user }

    await req.payload.update({ collection: 'redirects', where: { to: { equals: from } }, data: { to }, ...options })
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, ...options })
    const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, ...options })
    if (existing.docs[0]) {
      await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: { to, reason: 'slug-change' }, ...options })
    } else {
      await req.payload.create({ collection: 'redirects', data: { from, to, reason: 'slug-change' }, ...options })
    }
    return doc
  }

  return { beforeChange: rememberPublishedSlug, afterChange: redirectOldPath }
}
