import { documentPath, publicPortalUrl, type RoutedCollection } from '@kat/contract'
import { createPreviewQuery } from '@kat/domain/preview'
import type { CollectionConfig } from 'payload'

/**
 * The admin's Preview button: a signed, short-lived portal link that turns on draft mode for one page.
 * The portal's public address (WEB_URL), since the editor's browser opens it. No link (no button) when
 * that address or the preview secret is not configured.
 */
export const portalPreview =
  (collection: RoutedCollection): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc) => {
    const webUrl = publicPortalUrl(process.env)
    const secret = process.env.PREVIEW_SECRET
    const slug = typeof doc.slug === 'string' ? doc.slug : ''
    if (!webUrl || !secret || !slug) return null
    return `${webUrl}/api/preview?${createPreviewQuery(secret, documentPath(collection, slug)).toString()}`
  }
