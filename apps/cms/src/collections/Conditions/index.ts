import { CODE_SYSTEM_KEYS, CODE_SYSTEMS, codeProblem, EVIDENCE_LEVELS, isValidCode, normalizeCode, selectOptions, type CodeSystem } from '@kat/contract'
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
      type: 'array',
      labels: { singular: 'Code', plural: 'Codes' },
      admin: {
        description: 'Diagnosis codes, so a health record can link here by code (/connect). An ICD-10-CM category also answers its subcodes: F33 is found by F33.1.',
      },
      validate: (rows: unknown) => {
        const seen = new Set<string>()
        for (const row of (Array.isArray(rows) ? rows : []) as { system?: CodeSystem; code?: string }[]) {
          if (!row.system || !row.code) continue
          const key = `${row.system}:${normalizeCode(row.system, row.code)}`
          if (seen.has(key)) return `Codes: ${CODE_SYSTEMS[row.system].label} ${row.code} is listed twice.`
          seen.add(key)
        }
        return true
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'system',
              type: 'select',
              required: true,
              defaultValue: 'icd10cm',
              options: CODE_SYSTEM_KEYS.map((system) => ({ label: CODE_SYSTEMS[system].label, value: system })),
            },
            {
              name: 'code',
              type: 'text',
              required: true,
              index: true,
              hooks: {
                // Stored as health records send it: "f331" → "F33.1".
                beforeValidate: [
                  ({ value, siblingData }) => {
                    if (typeof value !== 'string') return value
                    const system = (siblingData as { system?: CodeSystem }).system ?? 'icd10cm'
                    // Kept as typed when it is not a code at all, so the error shows the editor's own text.
                    return isValidCode(system, value) ? normalizeCode(system, value) : value
                  },
                ],
              },
              validate: (value: unknown, { siblingData }: { siblingData: unknown }) => {
                const system = (siblingData as { system?: CodeSystem }).system ?? 'icd10cm'
                return typeof value === 'string' && value ? (codeProblem(system, value) ?? true) : 'Code: required.'
              },
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
