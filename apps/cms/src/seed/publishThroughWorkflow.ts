import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { User } from '@kat/cms-types'

type ReviewedCollection = Extract<CollectionSlug, 'articles' | 'citations' | 'conditions' | 'contraindications' | 'disclaimers'>

export type WorkflowActors = { editor: User; reviewer: User }

const asUser = (user: User) => ({ ...user, collection: 'users' as const })

/** Demo content and test fixtures are published without mailing anyone (a fresh object: Payload keeps it as the request's context). */
export const seedContext = () => ({ skipMail: true })

/**
 * Creates a document the way people do: the editor writes it (and its Spanish text, when given) and
 * sends it for review, the reviewer approves it, the editor publishes it. Every rule of the workflow
 * applies, as in the admin; nobody is mailed.
 */
export async function publishThroughWorkflow<C extends ReviewedCollection>(
  payload: Payload,
  collection: C,
  data: RequiredDataFromCollectionSlug<C>,
  { editor, reviewer }: WorkflowActors,
  spanish?: Partial<RequiredDataFromCollectionSlug<C>>,
) {
  const draft = await payload.create({
    collection,
    data: { ...data, workflowStatus: spanish ? 'draft' : 'in-review', _status: 'draft' } as never,
    draft: true,
    user: asUser(editor),
    overrideAccess: false,
    depth: 0,
    context: seedContext(),
  })
  if (spanish) {
    await payload.update({
      collection,
      id: draft.id,
      data: { ...spanish, workflowStatus: 'in-review' } as never,
      locale: 'es',
      draft: true,
      user: asUser(editor),
      overrideAccess: false,
      depth: 0,
      context: seedContext(),
    })
  }
  await payload.update({
    collection,
    id: draft.id,
    data: { workflowStatus: 'approved' } as never,
    draft: true,
    user: asUser(reviewer),
    overrideAccess: false,
    depth: 0,
    context: seedContext(),
  })
  return payload.update({
    collection,
    id: draft.id,
    data: { _status: 'published' } as never,
    user: asUser(editor),
    overrideAccess: false,
    depth: 0,
    context: seedContext(),
  })
}
