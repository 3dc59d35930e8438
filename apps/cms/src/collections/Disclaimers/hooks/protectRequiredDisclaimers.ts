import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** A required disclaimer that any article or condition still uses cannot be deleted. */
export const protectRequiredDisclaimers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const disclaimer = await req.payload.findByID({ collection: 'disclaimers', id, depth: 0, draft: true, req, overrideAccess: true })
  if (!disclaimer?.required) return
  const where = { disclaimers: { contains: id } }
  const [articles, conditions] = await Promise.all([
    req.payload.count({ collection: 'articles', where, req, overrideAccess: true }),
    req.payload.count({ collection: 'conditions', where, req, overrideAccess: true }),
  ])
  const uses = articles.totalDocs + conditions.totalDocs
  if (uses > 0) {
    throw new APIError(
      `"${disclaimer.title}" is a required disclaimer used by ${articles.totalDocs} article(s) and ${conditions.totalDocs} condition(s); ` +
        'untick "required" and replace it on those pages first.',
      409,
      undefined,
      true,
    )
  }
}
