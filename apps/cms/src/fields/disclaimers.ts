import { scopesShownOn, type DisclaimerScope } from '@kat/contract'
import type { Field } from 'payload'

/**
 * The disclaimers shown with a document. New documents start with every required disclaimer whose scope
 * covers them, and at least one must stay.
 */
export const disclaimersField = (scope: Exclude<DisclaimerScope, 'all'>): Field => ({
  name: 'disclaimers',
  type: 'relationship',
  relationTo: 'disclaimers',
  hasMany: true,
  minRows: 1,
  admin: { position: 'sidebar', description: 'Required disclaimers are added automatically; at least one must stay.' },
  defaultValue: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'disclaimers',
      where: { and: [{ required: { equals: true } }, { scope: { in: scopesShownOn(scope) } }] },
      depth: 0,
      limit: 20,
      req,
    })
    return docs.map((doc) => doc.id)
  },
})
