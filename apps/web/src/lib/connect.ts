import 'server-only'

import { cacheTags, CODE_SYSTEMS, codeFinds, routes, type ConnectCode, type ConnectMatch } from '@kat/contract'

import { cached, cms } from './cms'
import { siteUrl } from './site-url'

/** Published conditions with their codes: one list under the collection's tag, so lookups add no cache entries. */
async function codedConditions() {
  const result = await cms().find(
    {
      collection: 'conditions',
      where: { _status: { equals: 'published' } },
      select: { name: true, slug: true, summary: true, codes: true, lastReviewed: true },
      sort: 'name',
      limit: 500,
      depth: 0,
    },
    cached(cacheTags.collection('conditions')),
  )
  return result.docs
}

/**
 * The condition pages the codes find, best first: more codes matched, then the more specific stored
 * code (F33.1 before F33), then by name.
 */
export async function conditionsForCodes(codes: ConnectCode[]): Promise<(ConnectMatch & { path: string; slug: string })[]> {
  const scored = (await codedConditions()).flatMap((condition) => {
    const matchedCodes = codes.flatMap((sent) =>
      (condition.codes ?? [])
        .filter((stored) => stored.system === sent.system && codeFinds(sent.system, sent.code, stored.code))
        .map((stored) => ({ system: CODE_SYSTEMS[sent.system].label, code: sent.code, matched: stored.code })),
    )
    if (!matchedCodes.length) return []
    const specificity = Math.max(...matchedCodes.map((match) => match.matched.length))
    const match: ConnectMatch & { path: string; slug: string } = {
      path: routes.condition(condition.slug),
      slug: condition.slug,
      title: condition.name,
      summary: condition.summary,
      url: `${siteUrl()}${routes.condition(condition.slug)}`,
      lastReviewed: condition.lastReviewed ?? null,
      // Spanish pages are not published yet: every page is in English.
      language: 'en',
      matchedCodes,
    }
    return [{ match, count: matchedCodes.length, specificity }]
  })
  return scored.sort((a, b) => b.count - a.count || b.specificity - a.specificity || a.match.title.localeCompare(b.match.title)).map((entry) => entry.match)
}
