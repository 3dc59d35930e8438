import type { Field } from 'payload'

/**
 * Keeps a field, and every field inside it, out of the list view's filter and column pickers: the
 * server's bookkeeping (search text, fingerprints, history rows, import provenance) means nothing to a
 * reviewer building a filter. `admin.hidden` alone hides a field from the edit form only; here it also
 * leaves the compare view.
 */
export function internalField<T extends Field>(field: T): T {
  const hidden = (field.admin as { hidden?: boolean } | undefined)?.hidden
  const components = (field.admin as { components?: Record<string, unknown> } | undefined)?.components
  const admin = {
    ...field.admin,
    disableListColumn: true,
    disableListFilter: true,
    // Hidden from the form, so from the compare view too (Payload's diff shows hidden fields).
    ...(hidden ? { components: { ...components, Diff: '/fields/components/HiddenDiff#HiddenDiff' } } : {}),
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, admin, fields: field.fields.map((child: Field) => internalField(child)) }
  }
  return { ...field, admin }
}
