import { EVIDENCE_LEVELS, selectOptions } from '@kat/contract'
import type { CollectionConfig } from 'payload'

import { publishedUnlessStaffOrPreview, canDeleteContent, canEditContent } from '../../access'
import { portalPreview } from '../../preview/previewUrl'
import { disclaimersField } from '../../fields/disclaimers'
import { reviewFields } from '../../fields/review'
import { contentEditor } from '../../richText/editor'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { recordSlugRedirect } from '../../hooks/recordSlugRedirect'
import { revalidatePortal } from '../../hooks/revalidatePortal'
import { withWorkflow } from '../../workflow'

const slugRedirect = recordSlugRedirect('conditions')
const revalidate = revalidatePortal('conditions')

const conditions: CollectionConfig = {
  slug: 'conditions',
  admin: {
    useAsTitle: 'name',
    preview: portalPreview('conditions'),
    defaultColumns: ['name', 'evidenceLevel', 'nextReviewDue', '_status', 'updatedAt'],
    group: 'Content',
  },
  access: {
    read: publishedUnlessStaffOrPreview,
    create: canEditContent,
    update: canEditContent,
    delete: canDeleteContent,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: 'name',
  hooks: {
    beforeChange: [slugRedirect.beforeChange],
    afterChange: [slugRedirect.afterChange, ...revalidate.afterChange],
    afterDelete: revalidate.afterDelete,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, index: true },
    slugField('name'),
    {
      name: 'alsoKnownAs',
      label: 'Also known as',
      type: 'text',
      hasMany: true,
      localized: true,
      admin: { description: 'Other names and abbreviations (e.g. "TRD"): used by search, filters and the importer.' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'One or two plain sentences (300 characters at most) for cards and search results.' },
    },
    { name: 'overview', type: 'richText', editor: contentEditor, localized: true },
    {
      name: 'evidenceLevel',
      type: 'select',
      required: true,
      defaultValue: 'investigational',
      index: true,
      options: selectOptions(EVIDENCE_LEVELS),
    },
    { name: 'relatedConditions', type: 'relationship', relationTo: 'conditions', hasMany: true },
    { name: 'contraindications', type: 'relationship', relationTo: 'contraindications', hasMany: true },
    { name: 'citations', type: 'relationship', relationTo: 'citations', hasMany: true },
    {
      name: 'codes',
      type: 'group',
      admin: { description: 'Optional codes, so clinicians can link by code.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'icd10',
              label: 'ICD-10',
              type: 'text',
              index: true,
              validate: (value: unknown) =>
                !value || (typeof value === 'string' && /^[A-TV-Z]\d{2}(\.[0-9A-Z]{1,4})?$/.test(value))
                  ? true
                  : 'ICD-10: a code such as F33.2 (a letter and two digits; optionally a dot and up to four characters).',
            },
            {
              name: 'snomed',
              label: 'SNOMED CT',
              type: 'text',
              index: true,
              validate: (value: unknown) =>
                !value || (typeof value === 'string' && /^\d{6,18}$/.test(value)) ? true : 'SNOMED CT: a concept ID of 6 to 18 digits.',
            },
          ],
        },
      ],
    },
    disclaimersField('conditions'),
    ...reviewFields,
    seoField,
  ],
}

export const Conditions = withWorkflow(conditions, { requiresDisclaimer: true })
