import type { Block } from 'payload'

/** An inline marker such as [3], linked to the numbered reference list of the article. */
export const CitationReference: Block = {
  slug: 'citationReference',
  interfaceName: 'CitationReferenceBlock',
  labels: { singular: 'Citation marker', plural: 'Citation markers' },
  fields: [{ name: 'citation', type: 'relationship', relationTo: 'citations', required: true }],
}
