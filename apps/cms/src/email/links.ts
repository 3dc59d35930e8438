import { documentPath, isRoutedCollection, publicCmsUrl, publicPortalUrl } from '@kat/contract'
import type { Payload } from 'payload'

/**
 * An admin page as people open it from a mail, e.g. `adminUrl(payload, '/reset/<token>')`: on
 * CMS_PUBLIC_URL (behind a proxy, Docker Compose), else CMS_URL, which the stack sets to this CMS.
 */
export const adminUrl = (payload: Payload, path: string) =>
  `${publicCmsUrl(process.env) ?? `http://localhost:${process.env.CMS_PORT || 3001}`}${payload.config.routes.admin}${path}`

/** A document's edit view in the admin. */
export const documentAdminUrl = (payload: Payload, collection: string, id: number | string) =>
  adminUrl(payload, `/collections/${collection}/${encodeURIComponent(String(id))}`)

/** A published article's or condition's page on the portal; undefined for content without a page of its own. */
export function documentPortalUrl(collection: string, slug: unknown): string | undefined {
  const webUrl = publicPortalUrl(process.env)
  if (!webUrl || !isRoutedCollection(collection) || typeof slug !== 'string' || !slug) return undefined
  return `${webUrl}${documentPath(collection, slug)}`
}
