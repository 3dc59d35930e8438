import { isSafeLinkUrl } from '@kat/domain'
import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { Callout } from '../blocks/Callout/config'
import { CitationReference } from '../blocks/CitationReference/config'

const validateLinkUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (!value || !isSafeLinkUrl(value)) return 'Link: use https:// or http:// or mailto: or tel: or a path starting with /.'
  return true
}

/** Article and condition bodies: the default features plus callouts, citation markers and safe links only. */
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link' && feature.key !== 'upload' && feature.key !== 'relationship'),
    LinkFeature({
      enabledCollections: ['articles', 'conditions'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.type === 'text' && field.name === 'url' ? ({ ...field, validate: validateLinkUrl } as typeof field) : field,
        ),
    }),
    BlocksFeature({ blocks: [Callout], inlineBlocks: [CitationReference] }),
  ],
})
