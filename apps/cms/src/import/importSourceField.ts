import type { Field } from 'payload'

import { internalField } from '../fields/internal'

/**
 * Where an imported article came from: the key that makes a repeated import update the same draft,
 * the hash that tells an unchanged post, and the original address, byline, date and categories. Staff only,
 * and kept out of the list filters and columns.
 */
export const importSourceField: Field = internalField({
  name: 'importSource',
  label: 'Imported from',
  type: 'group',
  access: { read: ({ req }) => Boolean(req.user) },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean((data as { importSource?: { key?: string } }).importSource?.key),
  },
  fields: [
    { name: 'key', type: 'text', index: true, admin: { hidden: true } },
    { name: 'contentHash', type: 'text', admin: { hidden: true } },
    { name: 'fileName', label: 'File', type: 'text' },
    // Its address on the old blog: answered with 308 to the article once it is published.
    { name: 'originalUrl', label: 'Original address', type: 'text' },
    { name: 'importedAt', label: 'Imported', type: 'date' },
    { name: 'originalAuthor', label: 'Original author', type: 'text' },
    { name: 'originalPublishedAt', label: 'Originally published', type: 'text' },
    { name: 'categories', label: 'Original categories', type: 'text' },
  ],
})
