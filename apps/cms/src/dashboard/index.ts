import type { CollectionSlug, Plugin } from 'payload'

import { REVIEWED_COLLECTIONS } from '../jobs/flagOverdueReviews'
import { savedViews } from './savedViews'

/** The editorial dashboard: saved list views on every reviewed collection. */
export const roleDashboard: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    REVIEWED_COLLECTIONS.includes(collection.slug as CollectionSlug) ? { ...collection, enableQueryPresets: true } : collection,
  ),
  queryPresets: savedViews,
})
