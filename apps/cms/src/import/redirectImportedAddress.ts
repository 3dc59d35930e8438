import { documentPath, redirectSourcePath } from '@kat/contract'
import type { CollectionAfterChangeHook } from 'payload'

type Doc = { slug?: string | null; _status?: string | null; importSource?: { originalUrl?: string | null } | null }

/**
 * Once an imported article is published, its address on the clinic's old blog answers 308 to it, so the
 * links clinics and search engines hold keep working. A redirect an editor made for that path wins; an
 * earlier import's is repointed. The system records it, on whoever's publish.
 */
export const redirectImportedAddress: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { slug, _status, importSource } = doc as Doc
  const from = importSource?.originalUrl ? redirectSourcePath(importSource.originalUrl) : null
  if (_status !== 'published' || !slug || !from) return doc
  const to = documentPath('articles', slug)
  if (from === to) return doc
  const options = { req, overrideAccess: true }
  const existing = (await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, ...options })).docs[0]
  if (!existing) {
    await req.payload.create({ collection: 'redirects', data: { from, to, reason: 'import', recordedFor: req.user?.id ?? null }, ...options })
  } else if (existing.reason === 'import' && existing.to !== to) {
    await req.payload.update({ collection: 'redirects', id: existing.id, data: { to, recordedFor: req.user?.id ?? null }, ...options })
  }
  return doc
}
