import type { SanitizedCollectionConfig } from 'payload'

/** "article", "condition"…: the collection's singular label, for sentences. */
export const documentLabel = (collection: SanitizedCollectionConfig) =>
  typeof collection.labels?.singular === 'string' ? collection.labels.singular.toLowerCase() : collection.slug

/** The document's title as the admin shows it (its `useAsTitle` field), else its id. */
export function documentTitle(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const title = doc[collection.admin?.useAsTitle ?? 'title']
  return typeof title === 'string' && title.trim() ? title.trim() : `#${String(doc.id)}`
}
