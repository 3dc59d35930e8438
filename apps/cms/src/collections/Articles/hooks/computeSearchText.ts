import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: number }).id : (value as number))

/**
 * The text PostgreSQL full-text search reads (see the search endpoint): title, summary, body and the
 * names and also-known-as terms of the article's conditions, so "TRD" finds articles on
 * treatment-resistant depression.
 */
export const computeSearchText: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const body = merged.body && typeof merged.body === 'object' ? convertLexicalToPlaintext({ data: merged.body as SerializedEditorState }) : ''
  const conditionIds = Array.isArray(merged.conditions) ? merged.conditions.map(idOf).filter((id) => typeof id === 'number') : []
  const conditions = conditionIds.length
    ? (
        await req.payload.find({
          collection: 'conditions',
          where: { id: { in: conditionIds } },
          select: { name: true, alsoKnownAs: true },
          depth: 0,
          draft: true,
          limit: conditionIds.length,
          req,
        })
      ).docs
    : []
  const synonyms = conditions.flatMap((condition) => [condition.name, ...(condition.alsoKnownAs ?? [])])
  data.searchText = [merged.title, merged.summary, body, ...synonyms].filter(Boolean).join('\n')
  return data
}
