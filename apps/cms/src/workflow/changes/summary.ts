import type { FlattenedField } from 'payload'

import { normalise, NOT_REVIEWED_FIELDS } from '../fingerprint'
import { CALLOUT_KIND_LABELS, citationMarkerIds, relationId } from './lexicalForDiff'

/**
 * What changed since the version readers see, field by field, in words a reviewer can scan: which
 * sources were added or removed (by title), which callouts changed, which text fields now read what.
 * Both documents are read with `locale: 'all'` and depth 0.
 */

export type FieldChange = {
  field: string
  label: string
  /** The locales whose value changed, for localized fields; null otherwise. */
  locales: string[] | null
  details: string[]
}

/** The display name of a related document, when known. */
export type NameOf = (relationTo: string, id: number | string) => string | undefined

type Doc = Record<string, unknown>
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

const SHORT = 80
const quote = (value: unknown) => {
  if (value === null || value === undefined || value === '') return 'empty'
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : JSON.stringify(value)
  return `“${text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text}”`
}

export const fieldLabel = (field: FlattenedField): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object' && 'en' in label && typeof label.en === 'string') return label.en
  const words = field.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const same = (a: unknown, b: unknown, field: FlattenedField) =>
  JSON.stringify(normalise({ [field.name]: a }, [field])) === JSON.stringify(normalise({ [field.name]: b }, [field]))

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])

function relationDetails(before: unknown, after: unknown, field: FlattenedField, nameOf: NameOf): string[] {
  const relationTo = 'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : undefined
  const ids = (value: unknown) => asList(value).map((item) => String(relationId(item) ?? item))
  const was = ids(before)
  const now = ids(after)
  const name = (id: string) => (relationTo ? nameOf(relationTo, /^\d+$/.test(id) ? Number(id) : id) : undefined) ?? `#${id}`
  const details = [
    ...now.filter((id) => !was.includes(id)).map((id) => `Added: ${name(id)}`),
    ...was.filter((id) => !now.includes(id)).map((id) => `Removed: ${name(id)}`),
  ]
  if (!details.length && was.join() !== now.join()) details.push('Order changed')
  return details
}

/** Callouts of a rich text, as "Kind: title" with their text. */
function callouts(content: unknown): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node) return
    if (node.type === 'block' && node.fields?.blockType === 'callout') {
      const kind = CALLOUT_KIND_LABELS[String(node.fields.variant)] ?? String(node.fields.variant)
      const title = typeof node.fields.title === 'string' && node.fields.title.trim() ? node.fields.title.trim() : '(no title)'
      found.push({ name: `${kind}: ${title}`, text: String(node.fields.text ?? '') })
    }
    node.children?.forEach(walk)
  }
  walk((content as { root?: LexicalNode } | null | undefined)?.root)
  return found
}

/** The running text of a rich text, without its blocks. */
function plainText(content: unknown): string {
  const parts: string[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node) return
    if (typeof node.text === 'string') parts.push(node.text)
    if (node.type !== 'block' && node.type !== 'inlineBlock') node.children?.forEach(walk)
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem') parts.push('\n')
  }
  walk((content as { root?: LexicalNode } | null | undefined)?.root)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

function richTextDetails(before: unknown, after: unknown, nameOf: NameOf): string[] {
  const details: string[] = []
  if (plainText(before) !== plainText(after)) details.push('Text changed')
  const was = callouts(before)
  const now = callouts(after)
  for (const callout of now) {
    const match = was.find((old) => old.name === callout.name)
    if (!match) details.push(`Callout added: ${callout.name}`)
    else if (match.text !== callout.text) details.push(`Callout text changed: ${callout.name}`)
  }
  for (const callout of was) if (!now.some((current) => current.name === callout.name)) details.push(`Callout removed: ${callout.name}`)
  const citationName = (id: number | string) => nameOf('citations', id) ?? `#${id}`
  const markersBefore = citationMarkerIds(before).map(String)
  const markersAfter = citationMarkerIds(after).map(String)
  const count = (list: string[], id: string) => list.filter((item) => item === id).length
  for (const id of new Set([...markersBefore, ...markersAfter])) {
    const difference = count(markersAfter, id) - count(markersBefore, id)
    const numeric = /^\d+$/.test(id) ? Number(id) : id
    if (difference > 0) details.push(`Citation marker added: ${citationName(numeric)}`)
    if (difference < 0) details.push(`Citation marker removed: ${citationName(numeric)}`)
  }
  return details.length ? details : ['Formatting changed']
}

function describe(before: unknown, after: unknown, field: FlattenedField, nameOf: NameOf): string[] {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return relationDetails(before, after, field, nameOf)
    case 'richText':
      return richTextDetails(before, after, nameOf)
    case 'text':
    case 'textarea':
    case 'select':
    case 'radio':
    case 'number':
    case 'date':
    case 'email':
    case 'checkbox':
    case 'code':
      return [`${quote(before)} → ${quote(after)}`]
    case 'array':
      return [`${asList(before).length} → ${asList(after).length} rows`]
    default:
      return ['Changed']
  }
}

const localeValues = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/** The reviewable fields that differ between the live document and the latest draft. */
export function summariseChanges(live: Doc, draft: Doc, fields: readonly FlattenedField[], nameOf: NameOf): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (!('name' in field) || NOT_REVIEWED_FIELDS.has(field.name) || field.type === 'join') continue
    const before = live[field.name]
    const after = draft[field.name]
    if (field.localized) {
      const was = localeValues(before)
      const now = localeValues(after)
      const locales = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort().filter((locale) => !same(was[locale], now[locale], field))
      if (!locales.length) continue
      const details = locales.flatMap((locale) =>
        describe(was[locale], now[locale], field, nameOf).map((detail) => (locales.length > 1 || locale !== 'en' ? `${locale.toUpperCase()}: ${detail}` : detail)),
      )
      changes.push({ field: field.name, label: fieldLabel(field), locales, details })
    } else if (!same(before, after, field)) {
      changes.push({ field: field.name, label: fieldLabel(field), locales: null, details: describe(before, after, field, nameOf) })
    }
  }
  return changes
}

/** The related documents whose names a summary needs: collection → ids. */
export function relatedIds(docs: Doc[], fields: readonly FlattenedField[]): Map<string, Set<number | string>> {
  const wanted = new Map<string, Set<number | string>>()
  const add = (collection: string, id: number | string | undefined) => {
    if (id === undefined) return
    if (!wanted.has(collection)) wanted.set(collection, new Set())
    wanted.get(collection)!.add(id)
  }
  for (const doc of docs) {
    for (const field of fields) {
      if (!('name' in field)) continue
      const values = field.localized ? Object.values(localeValues(doc[field.name])) : [doc[field.name]]
      for (const value of values) {
        if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
          for (const item of asList(value)) add(field.relationTo, relationId(item))
        }
        if (field.type === 'richText') for (const id of citationMarkerIds(value)) add('citations', id)
      }
    }
  }
  return wanted
}
