import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

/**
 * What a reviewer approves, as one hash: every field of the document in every locale, relations as ids,
 * except the workflow's own bookkeeping and values the server derives from the content. Approval stores
 * it; publishing is allowed only when the version going live hashes the same.
 */

/** Fields that record the workflow itself, or that the server derives; never part of what is approved. */
export const NOT_REVIEWED_FIELDS = new Set([
  'id',
  '_status',
  'workflowStatus',
  'workflowHistory',
  'workflowNote',
  'submittedBy',
  'lastEditedBy',
  'reviewer',
  'reviewedBy',
  'lastReviewed',
  'nextReviewDue',
  'reviewOverdue',
  'reviewDueSoon',
  'changesRequested',
  'approvedFingerprint',
  'publishedFingerprint',
  'translation',
  'translationOutOfDate',
  'translationFingerprint',
  'sourceFingerprint',
  'readingGrade',
  'spanishReadingEase',
  'readingGradeNotice',
  'searchText',
  'formatted',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'deletedAt',
])

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

// Serialisation details that the editor may add or drop without any change a reader could see.
const PRESENTATION_KEYS = new Set(['direction', 'textFormat', 'textStyle', 'version'])

/** A populated relation counts by its id: `{ id, ... }` → id, `{ relationTo, value }` → `relationTo:id`. */
const relationIdentity = (value: Record<string, unknown>): unknown => {
  if ('relationTo' in value && 'value' in value) {
    const target = value.value
    const id = target && typeof target === 'object' && 'id' in target ? (target as { id: unknown }).id : target
    return `${String(value.relationTo)}:${String(id)}`
  }
  return value.id
}

/**
 * A canonical form for comparison: sorted keys, blank values dropped, Lexical presentation keys ignored.
 * `fields` describe the object's keys, so a populated relation counts as its id; with `allLocales`,
 * localized values are `{ en, es }` maps (a document read with `locale: 'all'`).
 */
export const normalise = (value: unknown, fields?: readonly FlattenedField[], allLocales = false): unknown => {
  if (isBlank(value)) return null
  if (Array.isArray(value)) return value.map((item) => normalise(item, fields, allLocales))
  if (value && typeof value === 'object') {
    const byName = new Map((fields ?? []).map((field) => [field.name, field]))
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => !PRESENTATION_KEYS.has(key) && !isBlank(v) && !(key === 'indent' && v === 0) && !(key === 'format' && v === 0))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, normaliseField(v, byName.get(key), allLocales)])
    return Object.fromEntries(entries)
  }
  return value
}

const normaliseRelation = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normaliseRelation)
  if (value && typeof value === 'object') return relationIdentity(value as Record<string, unknown>)
  return value
}

function normaliseField(value: unknown, field: FlattenedField | undefined, allLocales: boolean): unknown {
  if (isBlank(value)) return null
  if (field?.localized && allLocales && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => !isBlank(v))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([locale, v]) => [locale, normaliseField(v, field, false)]),
    )
  }
  if (field && (field.type === 'relationship' || field.type === 'upload')) return normaliseRelation(value)
  if (field && (field.type === 'group' || field.type === 'tab')) return normalise(value, field.flattenedFields, allLocales)
  if (field && field.type === 'array') return Array.isArray(value) ? value.map((row) => normalise(withoutId(row), field.flattenedFields, allLocales)) : value
  if (field && field.type === 'blocks') {
    return Array.isArray(value)
      ? value.map((block) => {
          const config = field.blocks.find((candidate) => candidate.slug === (block as { blockType?: string }).blockType)
          return normalise(withoutId(block), config?.flattenedFields, allLocales)
        })
      : value
  }
  return normalise(value)
}

// Row ids are Payload's bookkeeping for arrays and blocks: the same rows saved again get new ones.
const withoutId = (row: unknown) => {
  if (!row || typeof row !== 'object') return row
  const { id: _id, ...rest } = row as Record<string, unknown>
  return rest
}

/** The reviewable part of a document, in canonical form. */
export function reviewableContent(doc: Record<string, unknown>, fields: readonly FlattenedField[]): unknown {
  const reviewable = Object.fromEntries(Object.entries(doc).filter(([key]) => !NOT_REVIEWED_FIELDS.has(key)))
  return normalise(reviewable, fields, true)
}

/** The hash approval records and publishing checks. */
export function contentFingerprint(doc: Record<string, unknown>, fields: readonly FlattenedField[]): string {
  return createHash('sha256').update(JSON.stringify(reviewableContent(doc, fields))).digest('hex')
}

/**
 * The document as it will be saved, in every locale: the stored latest version (`allLocales`, read with
 * `locale: 'all'`) with the incoming values of this request's locale laid over it.
 */
export function overlayLocale(
  allLocales: Record<string, unknown>,
  incoming: Record<string, unknown>,
  fields: readonly FlattenedField[],
  locale: string,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...allLocales }
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    const field = byName.get(key)
    if (field?.localized) {
      const stored = allLocales[key]
      result[key] = { ...(stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}), [locale]: value }
    } else if (field && (field.type === 'group' || field.type === 'tab') && value && typeof value === 'object') {
      const stored = allLocales[key]
      result[key] = overlayLocale(
        stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {},
        value as Record<string, unknown>,
        field.flattenedFields,
        locale,
      )
    } else {
      result[key] = value
    }
  }
  return result
}
