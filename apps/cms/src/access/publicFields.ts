import type { CollectionConfig, Field, FieldAccess, GlobalConfig, PayloadRequest } from 'payload'

import { isPortalPreview } from '.'

/**
 * What anonymous readers may see, per collection and global: the top-level fields the portal reads and
 * renders (apps/web/src/lib/content.ts, feeds.ts, the pages and components), plus the keys Payload
 * adds itself (`id`, `_status`, the upload fields of media, `globalType`). Everything else is staff
 * (and draft preview) only, including any field added later: add it here once the portal renders it.
 */
export const PUBLIC_FIELDS = {
  articles: [
    'id',
    '_status',
    'title',
    'slug',
    'summary',
    'body',
    'audience',
    'conditions',
    'contraindications',
    'citations',
    'disclaimers',
    'reviewedBy',
    'lastReviewed',
    'nextReviewDue',
    'translation',
    'publishedAt',
    'updatedAt',
  ],
  conditions: [
    'id',
    '_status',
    'name',
    'slug',
    'alsoKnownAs',
    'summary',
    'overview',
    'evidenceLevel',
    'relatedConditions',
    'contraindications',
    'citations',
    'codes',
    'disclaimers',
    'reviewedBy',
    'lastReviewed',
    'nextReviewDue',
    'translation',
    'updatedAt',
  ],
  // `translation`: when the Spanish text was reviewed; a Spanish page is shown only for reviewed text.
  contraindications: ['id', '_status', 'name', 'slug', 'kind', 'patientExplanation', 'appliesTo', 'translation'],
  // The AMA reference (`formatted`) and what it is made of, with the DOI, PubMed and source links.
  citations: ['id', '_status', 'type', 'title', 'authors', 'journal', 'year', 'volume', 'issue', 'pages', 'doi', 'pmid', 'url', 'accessed', 'formatted'],
  // `required` and `scope` tell the page's own disclaimers from the required ones the layout shows.
  disclaimers: ['id', '_status', 'title', 'body', 'kind', 'required', 'scope', 'translation'],
  // The portal shows no images yet: alt text and the file itself (Payload's upload fields).
  media: ['id', 'alt', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes'],
  redirects: ['id', 'from', 'to'],
  'site-settings': ['id', 'globalType', 'siteName', 'crisisHelp', 'footer'],
} as const satisfies Record<string, readonly string[]>

/** Staff and the portal's draft preview; never an anonymous reader. */
export const isStaffOrPreview = (req: PayloadRequest): boolean => Boolean(req.user) || isPortalPreview(req)

const privateRead =
  (own: FieldAccess | undefined): FieldAccess =>
  (args) =>
    isStaffOrPreview(args.req) && (own ? own(args) : true)

type WithAccess = { access?: { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess } }

const restrictField = <T extends WithAccess>(field: T): T => ({ ...field, access: { ...field.access, read: privateRead(field.access?.read) } })

function restrict(fields: Field[], readable: ReadonlySet<string>): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'ui') return field
    if ('name' in field && field.name) return readable.has(field.name) ? field : restrictField(field)
    // Layout fields (rows, collapsibles, unnamed groups and tabs) hold top-level data fields.
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => {
          if ('name' in tab && tab.name) return readable.has(tab.name) ? tab : restrictField(tab)
          return { ...tab, fields: restrict(tab.fields, readable) }
        }),
      }
    }
    if ('fields' in field) return { ...field, fields: restrict(field.fields, readable) } as Field
    return field
  })
}

/** Payload's own timestamps, declared here as Payload would add them (same columns), so they can be private too. */
function withTimestamps(fields: Field[], index: boolean): Field[] {
  const declared = new Set(fields.map((field) => ('name' in field ? field.name : undefined)))
  const timestamp = (name: 'updatedAt' | 'createdAt'): Field => ({
    name,
    type: 'date',
    admin: { disableBulkEdit: true, hidden: true },
    ...(index ? { index: true } : {}),
    label: ({ t }) => t(`general:${name}`),
  })
  return [...fields, ...(['updatedAt', 'createdAt'] as const).filter((name) => !declared.has(name)).map(timestamp)]
}

/**
 * Default-deny field access for a collection: every top-level data field not named in `readable` is
 * read only by staff (`req.user`) and the portal's draft preview. Anonymous responses (REST, GraphQL,
 * populated relations, rich-text links) leave those fields out, and Payload refuses `where` and `sort`
 * on them. A field's own read access still applies on top.
 */
export function publicFields(config: CollectionConfig, readable: readonly string[]): CollectionConfig {
  const fields = config.timestamps === false ? config.fields : withTimestamps(config.fields, true)
  return { ...config, fields: restrict(fields, new Set(readable)) }
}

/** The same for a global. */
export function publicGlobalFields(config: GlobalConfig, readable: readonly string[]): GlobalConfig {
  return { ...config, fields: restrict(withTimestamps(config.fields, false), new Set(readable)) }
}
