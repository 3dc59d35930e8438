import { REDIRECT_PATH_PATTERN } from '@kat/contract'
import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, canEditContent } from '../../access'
import { revalidatePortal } from '../../hooks/revalidatePortal'

const validatePath = (label: string) => (value: unknown) =>
  typeof value === 'string' && REDIRECT_PATH_PATTERN.test(value) && !value.includes('//') ? true : `${label}: a site path such as /conditions/ptsd.`

/**
 * Old paths and where they now live. Recorded automatically when a published slug changes and when an
 * imported post is published (its address on the old blog), so links clinicians and search engines hold
 * keep working; editors can add their own.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  admin: { group: 'Administration', useAsTitle: 'from', defaultColumns: ['from', 'to', 'reason', 'updatedAt'] },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  hooks: { ...revalidatePortal('redirects', (doc) => [String((doc as { from?: string }).from ?? '/')]) },
  fields: [
    { name: 'from', type: 'text', required: true, unique: true, index: true, validate: validatePath('From') },
    { name: 'to', type: 'text', required: true, index: true, validate: validatePath('To') },
    {
      name: 'reason',
      type: 'select',
      defaultValue: 'manual',
      options: [
        { label: 'Slug changed', value: 'slug-change' },
        { label: 'Added by an editor', value: 'manual' },
        { label: 'Imported post’s old address', value: 'import' },
      ],
    },
    {
      // Slug-change redirects are written by the system (the publishing reviewer may not edit redirects);
      // this says on whose publish.
      name: 'recordedFor',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, description: 'Whose publish recorded this redirect.' },
    },
  ],
}
