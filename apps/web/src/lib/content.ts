import 'server-only'

import type { Condition, SiteSetting } from '@kat/cms-types'

import { cached, cms, tags } from './cms'

export type ConditionCard = Pick<Condition, 'id' | 'name' | 'slug' | 'summary'>

/** Site name and crisis help; null when the CMS cannot be reached and nothing is cached. */
export async function getSiteSettings(): Promise<SiteSetting | null> {
  try {
    return await cms().findGlobal({ slug: 'site-settings', depth: 0 }, cached(tags.global('site-settings')))
  } catch (error) {
    console.error('[cms] site settings unavailable:', error instanceof Error ? error.message : error)
    return null
  }
}

/** Published conditions, A–Z, with only the fields a card needs. */
export async function getConditionCards(): Promise<ConditionCard[]> {
  const result = await cms().find(
    {
      collection: 'conditions',
      select: { name: true, slug: true, summary: true },
      sort: 'name',
      limit: 100,
      depth: 0,
      where: { _status: { equals: 'published' } },
    },
    cached(tags.collection('conditions')),
  )
  return result.docs as ConditionCard[]
}
