import { isRoutedCollection, type RoutedCollection } from '@kat/contract'

import type { LexicalNode, RichTextProps } from '@/components/RichText/RichText'

/**
 * The articles and conditions a rich text links to internally, by collection: each link's address
 * comes from the linked document's slug, so the page embeds that document.
 */
export function linkedDocuments(content: RichTextProps['content']): Record<RoutedCollection, number[]> {
  const linked: Record<RoutedCollection, number[]> = { articles: [], conditions: [] }
  const visit = (node: LexicalNode) => {
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal') {
      const doc = node.fields.doc as { relationTo?: string; value?: number | { id?: number } } | undefined
      const id = typeof doc?.value === 'object' ? doc.value?.id : doc?.value
      if (doc?.relationTo && isRoutedCollection(doc.relationTo) && typeof id === 'number') linked[doc.relationTo].push(id)
    }
    node.children?.forEach(visit)
  }
  content?.root?.children?.forEach(visit)
  return linked
}
