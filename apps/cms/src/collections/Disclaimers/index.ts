import { DISCLAIMER_KINDS, DISCLAIMER_SCOPES, selectOptions } from '@kat/contract'
import type { CollectionConfig } from 'payload'

import { publishedUnlessStaffOrPreview, canDeleteContent, canEditContent } from '../../access'
import { reviewFields } from '../../fields/review'
import { revalidatePortal } from '../../hooks/revalidatePortal'
import { withWorkflow } from '../../workflow'
import { requiredDisclaimersEndpoint } from './endpoints/requiredDisclaimers'
import { protectRequiredDisclaimers } from './hooks/protectRequiredDisclaimers'

const disclaimers: CollectionConfig = {
  slug: 'disclaimers',
  admin: { group: 'Content', useAsTitle: 'title', defaultColumns: ['title', 'kind', 'required', 'scope', '_status'] },
  access: { read: publishedUnlessStaffOrPreview, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { ...revalidatePortal('disclaimers'), beforeDelete: [protectRequiredDisclaimers] },
  endpoints: [requiredDisclaimersEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'body', type: 'textarea', required: true, localized: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: selectOptions(DISCLAIMER_KINDS),
    },
    {
      name: 'required',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Shown on every page of its scope and attached to new content.' },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'all',
      index: true,
      options: selectOptions(DISCLAIMER_SCOPES),
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
  ],
}

export const Disclaimers = withWorkflow(disclaimers, { requiresDisclaimer: false })
