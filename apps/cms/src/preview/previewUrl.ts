import { createPreviewQuery } from '@kat/domain/preview'
import type { CollectionConfig } from 'payload'

type PreviewSection = 'articles' | 'conditions'

/**
 * The admin's Preview button: a signed, short-lived portal link that turns on draft mode for one page.
 * No link (no button) when the portal's address or the preview secret is not configured.
 */
export const portalPreview =
  (section: PreviewSection): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc) => {
    const webUrl = process.env.WEB_URL?.replace(/\/+$/, '')
    const secret = process.env.PREVIEW_SECRET
    const slug = typeof doc.slug === 'string' ? doc.slug : ''
    if (!webUrl || !secret || !slug) return null
    return `${webUrl}/api/preview?${createPreviewQuery(secret, `/${section}/${slug}`).toString()}`
  }
