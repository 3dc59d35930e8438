import { describe, expect, it } from 'vitest'

import { INFLESZ_TARGET, SPANISH_READING_EASE_TARGET, inflesz, spanishReadingEase } from '../../collections/Articles/spanishReadability'
import { demoConditions } from '../conditions'
import { demoArticles } from './articles'
import { demoConditionDetails } from './condition-details'
import { demoContraindications } from './contraindications'
import { demoDisclaimers } from './disclaimers'
import { spanishArticles, spanishConditions, spanishContraindications, spanishDisclaimers, spanishSiteSettings } from './es'
import { markdownToPlainText } from './plainText'
import { CONDITION_SLUGS } from './types'

/** What a translation must keep from its English source: citation markers in order, site links, callout kinds. */
const structure = (markdown: string) => ({
  citations: [...markdown.matchAll(/\[@([^\]]+)\]/g)].map((m) => m[1]),
  links: [...markdown.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]),
  callouts: [...markdown.matchAll(/^> \[!(\w+)\]/gm)].map((m) => m[1]),
  headings: (markdown.match(/^#{2,3} /gm) ?? []).length,
})

const meetsTarget = (text: string) => {
  const ease = spanishReadingEase(text)
  const perspicuity = inflesz(text)
  return (ease === null || ease >= SPANISH_READING_EASE_TARGET) && (perspicuity === null || perspicuity >= INFLESZ_TARGET)
}

describe('Spanish demo content', () => {
  it('covers every condition, contraindication and disclaimer, and only known articles', () => {
    expect(Object.keys(spanishConditions).sort()).toEqual([...CONDITION_SLUGS].sort())
    expect(Object.keys(spanishContraindications).sort()).toEqual(demoContraindications.map((c) => c.slug).sort())
    expect(Object.keys(spanishDisclaimers).sort()).toEqual(demoDisclaimers.map((d) => d.key).sort())
    const slugs = demoArticles.map((a) => a.slug)
    expect(Object.keys(spanishArticles).length).toBeGreaterThanOrEqual(5)
    for (const slug of Object.keys(spanishArticles)) expect(slugs).toContain(slug)
  })

  it('keeps the citations, site links, callouts and sections of the English text', () => {
    for (const detail of demoConditionDetails) expect(structure(spanishConditions[detail.slug].overview), detail.slug).toEqual(structure(detail.overview))
    for (const article of demoArticles) {
      const spanish = spanishArticles[article.slug]
      if (spanish) expect(structure(spanish.body), article.slug).toEqual(structure(article.body))
    }
  })

  it('keeps summaries within 300 characters, names each condition once and labels every help line', () => {
    expect(new Set(Object.values(spanishConditions).map((c) => c.name)).size).toBe(demoConditions.length)
    for (const text of [...Object.values(spanishConditions), ...Object.values(spanishArticles)]) expect(text.summary.length).toBeLessThanOrEqual(300)
    expect(spanishSiteSettings.crisisHelp.lineLabels).toHaveLength(2)
    expect(spanishSiteSettings.crisisHelp.lineLabels[0]).toMatch(/español/)
    expect(spanishDisclaimers.emergency!.body).toMatch(/988.*español|español.*988/)
  })

  it('gives patients no doses', () => {
    const patientTexts = [
      ...Object.values(spanishConditions).flatMap((c) => [c.summary, c.overview]),
      ...Object.values(spanishContraindications).map((c) => c.patientExplanation),
      ...Object.values(spanishArticles).flatMap((a) => [a.summary, a.body]),
    ]
    for (const text of patientTexts) expect(text).not.toMatch(/\d\s*(mg|ml|microgramos|miligramos)\b|mg\/kg/i)
  })

  it('reads at the Spanish target for patients (Fernández-Huerta ≥ 70, INFLESZ ≥ 55)', () => {
    const patientTexts: [string, string][] = [
      ...Object.entries(spanishConditions).flatMap(([slug, c]): [string, string][] => [[`${slug} summary`, c.summary], [`${slug} overview`, c.overview]]),
      ...Object.entries(spanishContraindications).map(([slug, c]): [string, string] => [slug, c.patientExplanation]),
      ...Object.entries(spanishDisclaimers).map(([key, d]): [string, string] => [key, d.body]),
      ...Object.entries(spanishArticles).flatMap(([slug, a]): [string, string][] => [[`${slug} summary`, a.summary], [`${slug} body`, a.body]]),
      ['crisis help', spanishSiteSettings.crisisHelp.text],
    ]
    const below = patientTexts.filter(([, text]) => !meetsTarget(markdownToPlainText(text))).map(([name]) => name)
    expect(below).toEqual([])
  })
})
