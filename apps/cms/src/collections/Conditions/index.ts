import type { CollectionConfig } from 'payload'

import { authenticatedOrPublished, canDeleteContent, canEditContent } from '../../access'
import { slugField } from '../../fields/slug'

export const Conditions: CollectionConfig = {
  slug: 'conditions',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    group: 'Content',
  },
  access: {
    read: authenticatedOrPublished,
    create: canEditContent,
    update: canEditContent,
    delete: canDeleteContent,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: false },
    maxPerDoc: 50,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, index: true },
    slugField('name'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'One or two plain sentences (300 characters at most) for cards and search results.' },
    },
  ],
}
