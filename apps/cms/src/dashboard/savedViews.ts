import type { Config } from 'payload'

import { canEditContent, hasRole } from '../access'

/**
 * Saved list views (Payload's query presets) for staff. The shared views every reviewed collection
 * starts with ("In review", "Changes requested", "Overdue", ...) are written by the migration that
 * added them; only admins change or remove a view shared with everyone, and anyone saves their own.
 */
export const savedViews: NonNullable<Config['queryPresets']> = {
  labels: { singular: 'Saved view', plural: 'Saved views' },
  access: { read: canEditContent, create: canEditContent, update: canEditContent, delete: canEditContent },
  constraints: {
    update: [{ label: 'Admins', value: 'admins', access: ({ req }) => hasRole(req.user, 'admin') }],
    delete: [{ label: 'Admins', value: 'admins', access: ({ req }) => hasRole(req.user, 'admin') }],
  },
}
