import { AUDIENCES, selectOptions } from '@kat/contract'
import type { CollectionConfig } from 'payload'

import { publishedUnlessStaffOrPreview, canDeleteContent, canEditContent } from '../../access'
import { importPostsEndpoint } from '../../import/importEndpoint'
import { importSourceField } from '../../import/importSourceField'
import { redirectImportedAddress } from '../../import/redirectImportedAddress'
import { portalPreview } from '../../preview/previewUrl'
import { disclaimersField } from '../../fields/disclaimers'
import { internalField } from '../../fields/internal'
import { reviewFields } from '../../fields/review'
import { contentEditor } from '../../richText/editor'
import { seoField } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { recordSlugRedirect } from '../../hooks/recordSlugRedirect'
import { revalidatePortal } from '../../hooks/revalidatePortal'
import { withWorkflow } from '../../workflow'
import { articleConditionCountsEndpoint, searchArticlesEndpoint } from './endpoints/searchArticles'
import { computeReadingGrade } from './hooks/computeReadingGrade'
import { computeSearchText } from './hooks/computeSearchText'

const slugRedirect = recordSlugRedirect('articles')
const revalidate = revalidatePortal('articles')

const articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    preview: portalPreview('articles'),
    defaultColumns: ['title', 'audience', 'readingGrade', 'nextReviewDue', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
  },
  access: { read: publishedUnlessStaffOrPreview, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  endpoints: [searchArticlesEndpoint, articleConditionCountsEndpoint, importPostsEndpoint],
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [computeReadingGrade, computeSearchText, slugRedirect.beforeChange],
    afterChange: [slugRedirect.afterChange, redirectImportedAddress, ...revalidate.afterChange],
    afterDelete: revalidate.afterDelete,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Plain text for cards and the meta description (300 characters at most).' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Optional. The image must have alt text (set in Media).' },
    },
    { name: 'body', type: 'richText', editor: contentEditor, required: true, localized: true },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'patients',
      index: true,
      options: selectOptions(AUDIENCES),
      admin: { position: 'sidebar' },
    },
    { name: 'conditions', type: 'relationship', relationTo: 'conditions', hasMany: true, index: true },
    { name: 'contraindications', type: 'relationship', relationTo: 'contraindications', hasMany: true },
    {
      name: 'citations',
      type: 'relationship',
      relationTo: 'citations',
      hasMany: true,
      admin: { description: 'In order: rendered as the numbered reference list.', isSortable: true },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      // Whoever starts the article wrote it, unless they name someone else.
      defaultValue: ({ user }) => user?.id,
      admin: { position: 'sidebar' },
    },
    ...reviewFields,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Set when first published.' },
      hooks: {
        beforeChange: [
          ({ value, siblingData }) => value ?? ((siblingData as { _status?: string })._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    disclaimersField('articles'),
    {
      name: 'readingGradeNotice',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/collections/Articles/components/ReadingGradeNotice#ReadingGradeNotice' },
      },
    },
    {
      name: 'readingGrade',
      type: 'number',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Flesch–Kincaid grade, computed on save. Aim for 8 or below for patients.',
        components: { Cell: '/collections/Articles/components/ReadingGradeCell#ReadingGradeCell' },
      },
    },
    {
      // Its own field: Flesch–Kincaid does not fit Spanish, and each language's score follows its own text.
      name: 'spanishReadingEase',
      label: 'Spanish reading ease',
      type: 'number',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Fernández-Huerta reading ease of the Spanish text, computed when the Spanish is saved. Aim for 70 or above for patients.',
      },
    },
    seoField,
    importSourceField,
    internalField({
      name: 'searchText',
      type: 'textarea',
      localized: true,
      admin: { hidden: true },
      // Read by the search endpoint only; never sent to readers.
      access: { read: ({ req }) => Boolean(req.user) },
    }),
  ],
}

export const Articles = withWorkflow(articles, {
  requiresDisclaimer: true,
  requiresCitation: (doc) => doc.audience === 'patients',
})
