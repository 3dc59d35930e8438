import { isValidSlug } from '@kat/contract'
import { slugify } from '@kat/domain'
import { ValidationError, type Field, type FieldHook } from 'payload'

const SLUG_MESSAGE = 'Slug: use only lowercase letters and digits joined by single hyphens (e.g. "chronic-pain").'

/** Fills an empty slug from the title field, so editors rarely type one. */
const slugFromField =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * Payload skips field validation when saving a draft; a slug still goes into URLs, redirects and
 * previews, so a malformed one is refused on every save.
 */
const refuseMalformedSlug: FieldHook = ({ value, collection }) => {
  if (typeof value === 'string' && value && !isValidSlug(value)) {
    throw new ValidationError({ collection: collection?.slug, errors: [{ path: 'slug', message: SLUG_MESSAGE }] })
  }
  return value
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
  hooks: { beforeValidate: [slugFromField(sourceField)], beforeChange: [refuseMalformedSlug] },
  validate: (value: unknown) => {
    if (typeof value !== 'string' || !value) return 'Slug is required.'
    if (!isValidSlug(value)) {
      return SLUG_MESSAGE
    }
    return true
  },
})
