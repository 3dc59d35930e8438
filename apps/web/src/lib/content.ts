import 'server-only'

import type { Condition, SiteSetting } from '@kat/cms-types'

import { cached, cms, cmsUrl, tags } from './cms'

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

export type RequiredDisclaimer = { id: number; title: string; body: string; kind: string }

/**
 * The required disclaimers for a page type, from the CMS (`/api/disclaimers/required`). An empty list
 * (CMS unreachable, nothing cached) makes the layout fall back to its built-in disclaimer.
 */
export async function getRequiredDisclaimers(pageType: 'all' | 'articles' | 'conditions' = 'all'): Promise<RequiredDisclaimer[]> {
  try {
    const response = await fetch(`${cmsUrl()}/api/disclaimers/required?for=${pageType}`, cached(tags.collection('disclaimers')))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const { docs } = (await response.json()) as { docs: RequiredDisclaimer[] }
    return docs
  } catch (error) {
    console.error('[cms] required disclaimers unavailable:', error instanceof Error ? error.message : error)
    return []
  }
}
