import 'server-only'

import { cacheTags, CODE_SYSTEMS, codeFinds, routesFor, type ConnectCode, type ConnectLanguage, type ConnectMatch } from '@kat/contract'

import { cached, cms, inLocale } from './cms'
import { siteUrl } from './site-url'
import { approvedIn, translationOf } from './translation'

/** Published conditions with their codes: one list under the collection's tag, so lookups add no cache entries. */
async function codedConditions(language: ConnectLanguage) {
  const result = await cms().find(
    {
      collection: 'conditions',
      where: { _status: { equals: 'published' } },
      select: { name: true, slug: true, summary: true, codes: true, lastReviewed: true, translation: true },
      sort: 'name',
      limit: 500,
      depth: 0,
      ...inLocale(language),
    },
    cached(cacheTags.collection('conditions')),
  )
  return result.docs
}

/**
 * The condition pages the codes find, best first: more codes matched, then the more specific stored
 * code (F33.1 before F33), then by name.
 */
export async function conditionsForCodes(codes: ConnectCode[], language: ConnectLanguage = 'en'): Promise<(ConnectMatch & { path: string; slug: string })[]> {
  const english = language === 'en' ? undefined : new Map((await codedConditions('en')).map((condition) => [condition.slug, condition]))
  const scored = (await codedConditions(language)).flatMap((asked) => {
    // A page in the language asked for once its translation was approved; else the English page.
    const translated = approvedIn(language, asked, asked.name, asked.summary)
    const condition = translated ? asked : (english?.get(asked.slug) ?? asked)
    const pageLanguage: ConnectLanguage = translated ? language : 'en'
    const path = routesFor(pageLanguage).condition(condition.slug)
    const matchedCodes = codes.flatMap((sent) =>
      (condition.codes ?? [])
        .filter((stored) => stored.system === sent.system && codeFinds(sent.system, sent.code, stored.code))
        .map((stored) => ({ system: CODE_SYSTEMS[sent.system].label, code: sent.code, matched: stored.code })),
    )
    if (!matchedCodes.length) return []
    const specificity = Math.max(...matchedCodes.map((match) => match.matched.length))
    const match: ConnectMatch & { path: string; slug: string } = {
      path,
      slug: condition.slug,
      title: condition.name,
      summary: condition.summary,
      url: `${siteUrl()}${path}`,
      // The review of the text the page shows: a translation has its own.
      lastReviewed: (pageLanguage === 'en' ? condition.lastReviewed : translationOf(condition)?.reviewedAt) ?? null,
      language: pageLanguage,
      matchedCodes,
    }
    return [{ match, count: matchedCodes.length, specificity }]
  })
  return scored.sort((a, b) => b.count - a.count || b.specificity - a.specificity || a.match.title.localeCompare(b.match.title)).map((entry) => entry.match)
}
