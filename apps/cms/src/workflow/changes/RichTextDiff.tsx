import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { CollectionSlug, FieldDiffServerProps, RichTextField, RichTextFieldClient } from 'payload'

import { citationMarkerIds, lexicalForDiff, relationId } from './lexicalForDiff'

/**
 * The compare view of an article or condition body: Payload's own rich text diff, with callouts shown as
 * their kind, title and text and citation markers as "[number] title", so a changed warning or a swapped
 * source is visible to the reviewer. Numbers follow the reference list of the version being reviewed.
 */
export async function RichTextDiff(props: FieldDiffServerProps<RichTextField, RichTextFieldClient>) {
  const { req, comparisonValue, versionValue } = props
  const ids = [...new Set([...citationMarkerIds(comparisonValue), ...citationMarkerIds(versionValue)].map(String))]

  const titles = new Map<string, string>()
  const numbers = new Map<string, number>()
  if (ids.length) {
    const found = await req.payload.find({
      collection: 'citations',
      where: { id: { in: ids } },
      select: { title: true },
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: false,
      req,
    })
    for (const citation of found.docs) titles.set(String(citation.id), citation.title)

    const { collection, versionID } = (req.routeParams ?? {}) as { collection?: string; versionID?: string }
    if (collection && versionID !== undefined) {
      const version = await req.payload
        .findVersionByID({ collection: collection as CollectionSlug, id: String(versionID), depth: 0, overrideAccess: false, req })
        .catch(() => null)
      const list = (version?.version as { citations?: unknown[] } | undefined)?.citations ?? []
      list.forEach((citation, index) => numbers.set(String(relationId(citation)), index + 1))
    }
  }

  const label = (citation: unknown) => {
    const id = String(relationId(citation))
    const title = titles.get(id) ?? `citation ${id}`
    const number = numbers.get(id)
    return number ? `[${number}] ${title}` : `[not in the reference list] ${title}`
  }

  return <LexicalDiffComponent {...props} comparisonValue={lexicalForDiff(comparisonValue, label)} versionValue={lexicalForDiff(versionValue, label)} />
}
