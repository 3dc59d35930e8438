import type { Field } from 'payload'

/**
 * Keeps a field, and every field inside it, out of the list view's filter and column pickers: the
 * server's bookkeeping (search text, fingerprints, history rows, import provenance) means nothing to a
 * reviewer building a filter. `admin.hidden` alone hides a field from the edit form only.
 */
export function internalField<T extends Field>(field: T): T {
  const admin = { ...field.admin, disableListColumn: true, disableListFilter: true }
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, admin, fields: field.fields.map((child: Field) => internalField(child)) }
  }
  return { ...field, admin }
}
