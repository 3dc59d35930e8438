import { APIError, type CollectionConfig } from 'payload'

import { isAdminOrReviewer, nobody } from '../../access'

export const AUDIT_ACTIONS = [
  { label: 'Published', value: 'publish' },
  { label: 'Unpublished', value: 'unpublish' },
  { label: 'Deleted', value: 'delete' },
  { label: 'Earlier version restored', value: 'restore' },
  { label: 'Roles changed', value: 'role-change' },
  { label: 'Settings changed', value: 'settings-change' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

/**
 * Who published, unpublished, deleted or restored what, who changed whose roles and the site settings:
 * append-only. Nobody writes it through any API; the hooks in ./hooks add entries inside the same
 * transaction as the change, so a change that rolls back leaves no entry and an entry cannot be lost.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    group: 'Administration',
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'summary', 'userName'],
    description: 'Every publish, unpublish, delete, version restore, role change and settings change. Entries cannot be changed or removed.',
  },
  access: { read: isAdminOrReviewer, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  hooks: {
    beforeChange: [
      ({ operation }) => {
        if (operation !== 'create') throw new APIError('The audit log is append-only.', 403)
      },
    ],
    beforeDelete: [
      () => {
        throw new APIError('The audit log is append-only.', 403)
      },
    ],
  },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'action', type: 'select', required: true, index: true, options: [...AUDIT_ACTIONS] },
    { name: 'summary', type: 'text', required: true },
    { name: 'targetCollection', type: 'text', index: true, admin: { description: 'Collection or global changed.' } },
    { name: 'targetId', type: 'text', index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    // A snapshot: the entry keeps who it was if the account is renamed or deleted.
    { name: 'userName', label: 'By', type: 'text' },
    { name: 'fingerprintBefore', type: 'text', admin: { description: 'Fingerprint of what was live before (content or settings).' } },
    { name: 'fingerprintAfter', type: 'text', admin: { description: 'Fingerprint of what is live after.' } },
    { name: 'details', type: 'json', admin: { description: 'What changed: roles or settings before and after.' } },
  ],
  timestamps: true,
}
