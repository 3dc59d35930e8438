import type { CollectionSlug, Plugin } from 'payload'

import { REVIEWED_COLLECTIONS } from '../jobs/flagOverdueReviews'
import { savedViews } from './savedViews'

/**
 * The editorial dashboard: what needs the signed-in person above Payload's collection grid
 * (components/RoleDashboard), and saved list views on every reviewed collection.
 */
export const roleDashboard: Plugin = (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/dashboard/components/RoleDashboard#RoleDashboard'],
    },
  },
  collections: config.collections?.map((collection) =>
    REVIEWED_COLLECTIONS.includes(collection.slug as CollectionSlug) ? { ...collection, enableQueryPresets: true } : collection,
  ),
  queryPresets: savedViews,
})
