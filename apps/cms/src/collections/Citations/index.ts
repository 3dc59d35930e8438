import { CITATION_TYPES, selectOptions } from '@kat/contract'
import { formatCitation, isValidDoi, isValidPmid, normalizeDoi } from '@kat/domain'
import type { CollectionConfig } from 'payload'

import { publishedUnlessStaffOrPreview, canDeleteContent, canEditContent } from '../../access'
import { revalidatePortal } from '../../hooks/revalidatePortal'
import { reviewFields } from '../../fields/review'
import { httpUrlField } from '../../fields/url'
import { withWorkflow } from '../../workflow'

const citations: CollectionConfig = {
  slug: 'citations',
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'doi', 'pmid', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'authors', 'doi', 'pmid'],
  },
  access: { read: publishedUnlessStaffOrPreview, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    ...revalidatePortal('citations'),
    beforeChange: [
      ({ data, originalDoc }) => {
        // One stored form: the bare DOI, whatever form was pasted.
        if (typeof data.doi === 'string') data.doi = data.doi.trim() ? normalizeDoi(data.doi) : null
        if (typeof data.pmid === 'string') data.pmid = data.pmid.trim() || null
        // From the whole citation: a save may send only the fields it changes.
        const merged = { ...originalDoc, ...data }
        if (typeof merged.title === 'string') data.formatted = formatCitation({ ...merged, title: merged.title })
        return data
      },
    ],
  },
  fields: [
    { name: 'type', type: 'select', required: true, defaultValue: 'journal-article', options: selectOptions(CITATION_TYPES) },
    { name: 'title', type: 'text', required: true, index: true },
    {
      name: 'authors',
      type: 'textarea',
      admin: { description: 'One author per line or separated by semicolons, as "Surname Initials" (e.g. "Berman RM").' },
    },
    { name: 'journal', label: 'Journal or publisher', type: 'text' },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', min: 1800, max: 2100, admin: { width: '25%' } },
        { name: 'volume', type: 'text', admin: { width: '25%' } },
        { name: 'issue', type: 'text', admin: { width: '25%' } },
        { name: 'pages', type: 'text', admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'doi',
          label: 'DOI',
          type: 'text',
          index: true,
          admin: { width: '50%', description: 'e.g. 10.1016/S0006-3223(99)00230-9' },
          validate: (value: unknown) =>
            !value || (typeof value === 'string' && isValidDoi(value)) ? true : 'DOI: must look like 10.1234/abc (the part after doi.org/).',
        },
        {
          name: 'pmid',
          label: 'PMID',
          type: 'text',
          index: true,
          admin: { width: '50%', description: 'PubMed ID: digits only, e.g. 10686270' },
          validate: (value: unknown) =>
            !value || (typeof value === 'string' && isValidPmid(value)) ? true : 'PMID: digits only (the PubMed ID; e.g. 10686270).',
        },
      ],
    },
    httpUrlField({ name: 'url', label: 'URL' }),
    { name: 'accessed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' }, description: 'When a web page was last checked.' } },
    {
      name: 'formatted',
      type: 'text',
      admin: { readOnly: true, description: 'AMA style, as readers see it (computed on save).' },
    },
    ...reviewFields,
  ],
}

/**
 * Citations are reviewed like the pages that cite them: readers see them on every reviewed page, so a
 * change to a published citation is a draft until a reviewer approves it. Its approval re-checks only
 * the citation itself.
 */
export const Citations = withWorkflow(citations, { requiresDisclaimer: false })
