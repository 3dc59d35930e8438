import { createHash } from 'node:crypto'

import type { CollectionSlug, Field, FlattenedField } from 'payload'

import { internalField } from '../fields/internal'
import { NOT_REVIEWED_FIELDS, normalise } from './fingerprint'

/**
 * The Spanish translation's own review. The document's approval covers every locale (see
 * fingerprint.ts), so live Spanish text is always text a reviewer approved; what this adds is when the
 * Spanish text itself was last reviewed (the Spanish page's review date) and against which English, so
 * editors see when the English changed after the translation was approved.
 */
export const TRANSLATION_LOCALE = 'es'
export const SOURCE_LOCALE = 'en'

/** The reviewed collections with text to translate (citations are cited as published, in their language). */
export const TRANSLATED_COLLECTIONS = ['articles', 'conditions', 'contraindications', 'disclaimers'] as const satisfies readonly CollectionSlug[]

export const translationFields: Field[] = [
  {
    name: 'translation',
    label: 'Spanish translation',
    type: 'group',
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Set when a reviewer approves this document with its Spanish text changed, or while viewing it in Spanish.',
    },
    fields: [
      { name: 'reviewedAt', label: 'Spanish reviewed', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'reviewedBy', label: 'Spanish reviewed by', type: 'text', admin: { readOnly: true } },
    ],
  },
  {
    name: 'translationOutOfDate',
    label: 'Translation out of date',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'The English changed after the Spanish text was last reviewed: update the Spanish and send it for review.',
      components: { Field: '/workflow/components/TranslationOutOfDate#TranslationOutOfDate' },
    },
  },
  // What the reviewer approved in Spanish, and the English it was approved against.
  internalField({ name: 'translationFingerprint', type: 'text', admin: { hidden: true } }),
  internalField({ name: 'sourceFingerprint', type: 'text', admin: { hidden: true } }),
]

/** True when a collection has text that can be translated. */
export const hasLocalizedFields = (fields: readonly Field[]): boolean =>
  fields.some((field) => ('localized' in field && field.localized) || ('fields' in field && Array.isArray(field.fields) && hasLocalizedFields(field.fields)))

type Locale = typeof SOURCE_LOCALE | typeof TRANSLATION_LOCALE

/**
 * One locale's part of a document read with `locale: 'all'`: each localized value in that locale and,
 * for the source locale, the shared (unlocalized) fields too, since a change to them changes what the
 * translation was made from.
 */
function localePart(value: unknown, fields: readonly FlattenedField[], locale: Locale): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const withShared = locale === SOURCE_LOCALE
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (!('name' in field) || NOT_REVIEWED_FIELDS.has(field.name)) continue
    const v = (value as Record<string, unknown>)[field.name]
    if (field.localized) {
      out[field.name] = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[locale] : undefined
    } else if (field.type === 'group' || field.type === 'tab') {
      out[field.name] = localePart(v, field.flattenedFields, locale)
    } else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(v)) {
      const rows = v.map((row) => {
        const rowFields = field.type === 'array' ? field.flattenedFields : field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)?.flattenedFields
        const part = localePart(row, rowFields ?? [], locale) as Record<string, unknown> | undefined
        return withShared && field.type === 'blocks' ? { ...part, blockType: (row as { blockType?: string }).blockType } : part
      })
      out[field.name] = rows
    } else if (withShared) {
      out[field.name] = v
    }
  }
  return out
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

/** Drops what holds no text at all (groups and rows of the shared structure without Spanish in them). */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows = value.map(prune)
    return rows.some((row) => row !== null) ? rows : null
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, v]) => [key, prune(v)] as const).filter(([, v]) => v !== null)
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value ?? null
}

/** Fingerprint of the Spanish text, or null when the document has none. */
export function translationFingerprint(doc: Record<string, unknown>, fields: readonly FlattenedField[]): string | null {
  const part = prune(normalise(localePart(doc, fields, TRANSLATION_LOCALE), fields))
  return part === null ? null : hash(part)
}

/** Fingerprint of what the translation is made from: the English text and the shared fields. */
export const sourceFingerprint = (doc: Record<string, unknown>, fields: readonly FlattenedField[]): string =>
  hash(normalise(localePart(doc, fields, SOURCE_LOCALE), fields))

export type TranslationState = {
  translation?: { reviewedAt?: string | null; reviewedBy?: string | null } | null
  translationFingerprint?: string | null
  sourceFingerprint?: string | null
}

/**
 * The translation bookkeeping after a save. `approval` is set when this save approves the document:
 * its Spanish text counts as reviewed when it changed since its last review, when it was never
 * reviewed, or when the reviewer approves while viewing the Spanish.
 */
export function translationAfterSave(
  docAllLocales: Record<string, unknown>,
  fields: readonly FlattenedField[],
  stored: TranslationState | undefined,
  approval?: { reviewer: string | null; at: string; inTranslationLocale: boolean },
): TranslationState & { translationOutOfDate: boolean } {
  const text = translationFingerprint(docAllLocales, fields)
  const source = sourceFingerprint(docAllLocales, fields)
  if (!text) return { translation: { reviewedAt: null, reviewedBy: null }, translationFingerprint: null, sourceFingerprint: null, translationOutOfDate: false }
  if (approval && (text !== stored?.translationFingerprint || !stored?.translation?.reviewedAt || approval.inTranslationLocale)) {
    return {
      translation: { reviewedAt: approval.at, reviewedBy: approval.reviewer },
      translationFingerprint: text,
      sourceFingerprint: source,
      translationOutOfDate: false,
    }
  }
  const reviewed = Boolean(stored?.translation?.reviewedAt && stored.sourceFingerprint)
  return {
    translation: stored?.translation ?? { reviewedAt: null, reviewedBy: null },
    translationFingerprint: stored?.translationFingerprint ?? null,
    sourceFingerprint: stored?.sourceFingerprint ?? null,
    translationOutOfDate: reviewed && stored!.sourceFingerprint !== source,
  }
}

/**
 * Required texts missing in English, the source language: a Spanish-only draft (an imported Spanish
 * post) is published once its English is written, so that every Spanish page translates a live English one.
 */
export function missingSourceTexts(docAllLocales: Record<string, unknown>, fields: readonly FlattenedField[]): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field) || !field.localized || !('required' in field && field.required)) return []
    const value = docAllLocales[field.name]
    const inSource = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[SOURCE_LOCALE] : undefined
    return inSource === undefined || inSource === null || inSource === '' ? [field.name] : []
  })
}
