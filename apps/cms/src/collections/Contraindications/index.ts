import { CONTRAINDICATION_KINDS, selectOptions } from '@kat/contract'
import type { CollectionConfig } from 'payload'

import { publishedUnlessStaffOrPreview, canDeleteContent, canEditContent } from '../../access'
import { revalidatePortal } from '../../hooks/revalidatePortal'
import { reviewFields } from '../../fields/review'
import { slugField } from '../../fields/slug'
import { withWorkflow } from '../../workflow'

const contraindications: CollectionConfig = {
  slug: 'contraindications',
  admin: { group: 'Content', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'appliesTo', '_status', 'updatedAt'] },
  access: { read: publishedUnlessStaffOrPreview, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  defaultSort: 'name',
  hooks: { ...revalidatePortal('contraindications') },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, index: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(CONTRAINDICATION_KINDS),
    },
    {
      name: 'patientExplanation',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'Plain language for patients: what it is and why it matters.' },
    },
    { name: 'clinicianNote', type: 'textarea', localized: true, admin: { description: 'For clinicians: screening and thresholds.' } },
    {
      name: 'appliesTo',
      type: 'select',
      hasMany: true,
      index: true,
      options: [
        { label: 'All ketamine treatments', value: 'all' },
        { label: 'IV ketamine', value: 'iv-ketamine' },
        { label: 'IM ketamine', value: 'im-ketamine' },
        { label: 'Oral or sublingual ketamine', value: 'oral-ketamine' },
        { label: 'Intranasal esketamine', value: 'intranasal-esketamine' },
      ],
    },
    { name: 'citations', type: 'relationship', relationTo: 'citations', hasMany: true },
    ...reviewFields,
  ],
}

export const Contraindications = withWorkflow(contraindications, { requiresDisclaimer: false })
