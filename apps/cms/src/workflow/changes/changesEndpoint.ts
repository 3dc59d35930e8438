import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../access'
import { relatedIds, summariseChanges, type FieldChange } from './summary'

/** What the document's "Since last published" panel shows. */
export type ChangesSincePublished = {
  /** False when the document was never published: everything is new. */
  published: boolean
  changes: FieldChange[]
  /** The admin's compare view of the live version against the latest draft, when both exist. */
  compareUrl: string | null
}

const defaultLocale = (req: PayloadRequest) => {
  const localization = req.payload.config.localization
  return (localization ? localization.defaultLocale : undefined) as 'en' | undefined
}

async function names(req: PayloadRequest, wanted: Map<string, Set<number | string>>): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  await Promise.all(
    [...wanted].map(async ([slug, ids]) => {
      const collection = req.payload.collections[slug as CollectionSlug]
      if (!collection || !ids.size) return
      const titleField = collection.config.admin?.useAsTitle ?? 'id'
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: { id: { in: [...ids] } },
        depth: 0,
        // The read in every locale above left `locale: 'all'` on the request; names are wanted in one.
        locale: defaultLocale(req),
        pagination: false,
        draft: Boolean(collection.config.versions?.drafts),
        overrideAccess: false,
        req,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) found.set(`${slug}:${String(doc.id)}`, String(doc[titleField] ?? doc.id))
    }),
  )
  return found
}

async function latestVersionId(req: PayloadRequest, collection: CollectionSlug, id: number | string, publishedOnly: boolean) {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, ...(publishedOnly ? [{ 'version._status': { equals: 'published' } }] : [])] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return docs[0]?.id
}

/** GET /api/<collection>/:id/changes: the reviewable changes of the latest draft since the published version (staff only). */
export const changesSincePublishedEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/changes',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user as { roles?: ('admin' | 'editor' | 'reviewer')[] } | null, 'admin', 'editor', 'reviewer')) {
      return Response.json({ errors: [{ message: 'Sign in as staff to see changes.' }] }, { status: 403 })
    }
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,15}$/.test(id)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const read = (draft: boolean) =>
      req.payload
        .findByID({ collection: slug, id, draft, locale: 'all', depth: 0, overrideAccess: false, req, disableErrors: true })
        .then((doc) => doc as Record<string, unknown> | null)
    const [live, draft] = await Promise.all([read(false), read(true)])
    if (!draft) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const fields = req.payload.collections[slug].config.flattenedFields
    const published = live?._status === 'published'
    if (!live || !published) {
      return Response.json({ published: false, changes: [], compareUrl: null } satisfies ChangesSincePublished)
    }
    const titles = await names(req, relatedIds([live, draft], fields))
    const changes = summariseChanges(live, draft, fields, (relationTo, relatedId) => titles.get(`${relationTo}:${String(relatedId)}`))
    const [latest, publishedVersion] = changes.length
      ? await Promise.all([latestVersionId(req, slug, id, false), latestVersionId(req, slug, id, true)])
      : [undefined, undefined]
    const admin = req.payload.config.routes.admin
    const compareUrl =
      latest !== undefined && publishedVersion !== undefined && latest !== publishedVersion
        ? `${admin}/collections/${slug}/${id}/versions/${latest}?versionFrom=${publishedVersion}`
        : null
    return Response.json({ published: true, changes, compareUrl } satisfies ChangesSincePublished)
  },
})
