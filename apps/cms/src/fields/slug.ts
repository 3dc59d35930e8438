import { isValidSlug, slugify } from '@kat/domain'
import type { Field, FieldHook } from 'payload'

/** Fills an empty slug from the title field, so editors rarely type one. */
const slugFromField =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A unique, indexed URL slug: lowercase words joined by hyphens, taken from `sourceField` when empty. */
export const slugField = (sourceField: string): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Part of the web address. Left empty, it is made from the ${sourceField}.`,
  },
  hooks: { beforeValidate: [slugFromField(sourceField)] },
  validate: (value: unknown) => {
    if (typeof value !== 'string' || !value) return 'Slug is required.'
    if (!isValidSlug(value)) {
      return 'Slug: use lowercase letters, digits and single hyphens only (e.g. "chronic-pain").'
    }
    return true
  },
})
