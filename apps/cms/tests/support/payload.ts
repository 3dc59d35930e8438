import { slugify } from '@kat/domain'
import config from '@payload-config'
import type { Condition } from '@kat/cms-types'
import { getPayload, type CollectionSlug, type Payload } from 'payload'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

/** Deletes every document of the given collections, so each test starts from the data it creates. */
export async function resetCollections(payload: Payload, ...collections: CollectionSlug[]) {
  for (const collection of collections) {
    await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true, context: { skipRevalidation: true } })
  }
}

type ConditionInput = Omit<Condition, 'id' | 'createdAt' | 'updatedAt' | 'slug'> & { slug: string }

/**
 * A valid condition with every required field; `slug: undefined` leaves it to the slug hook (the
 * generated type marks it required because the stored value always exists).
 */
export function conditionData(overrides: Partial<Omit<Condition, 'slug'>> & { name: string; slug?: string }): ConditionInput {
  const slug = 'slug' in overrides ? overrides.slug : slugify(overrides.name)
  return {
    summary: `About ${overrides.name}.`,
    evidenceLevel: 'investigational',
    ...overrides,
    slug: slug as string,
  }
}
