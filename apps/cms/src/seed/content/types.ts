import type { CodeSystem } from '@kat/contract'

/**
 * Shapes of the demo content, written by this project in plain language. Bodies are Markdown, converted
 * to Lexical rich text by the seed (src/seed/markdown.ts):
 *
 * - `## Heading`, `### Subheading`, paragraphs, `- bullet` and `1. numbered` lists, `**bold**`,
 *   links `[text](https://…)` or site links `[text](/conditions/<slug>)`.
 * - Callouts: a blockquote whose first line is `[!info]`, `[!warning]` or `[!crisis]`, optionally followed
 *   by a title on the same line, e.g.
 *     > [!warning] Do not drive
 *     > You must not drive until the next day.
 * - Citation markers: `[@key]` right after the sentence it supports, e.g. `... within hours.[@berman2000]`
 *   The key must be one of the article's (or condition's) `citations`.
 */

export const CONDITION_SLUGS = [
  'treatment-resistant-depression',
  'depression-with-suicidal-thoughts',
  'bipolar-depression',
  'post-traumatic-stress-disorder-ptsd',
  'anxiety-disorders',
  'obsessive-compulsive-disorder-ocd',
  'alcohol-use-disorder',
  'other-substance-use-disorders',
  'eating-disorders',
  'chronic-pain',
] as const
export type ConditionSlug = (typeof CONDITION_SLUGS)[number]

export type DemoCitation = {
  /** Stable key used by articles, conditions and contraindications, e.g. "berman2000". */
  key: string
  type: 'journal-article' | 'review' | 'guideline' | 'drug-label' | 'web-page'
  /** "Surname Initials" separated by semicolons, all authors in order. */
  authors?: string
  title: string
  /** Journal abbreviation as in PubMed (e.g. "Biol Psychiatry"), or the publisher of a label or web page. */
  journal?: string
  year: number
  volume?: string
  issue?: string
  pages?: string
  doi?: string
  pmid?: string
  url?: string
  /** ISO date a web page was checked. */
  accessed?: string
  /**
   * Addresses of the public records (PubMed, PubMed Central, publisher, FDA, ...) this entry's DOI/PMID, or without
   * them its title and journal, were checked against. Not stored in the CMS.
   */
  verifiedAgainst: string[]
}

export type DemoContraindication = {
  name: string
  slug: string
  kind: 'absolute' | 'relative'
  /** Plain language for patients, grade 8 or below, no dosing advice. */
  patientExplanation: string
  /** For clinicians: screening points, thresholds, what to check. */
  clinicianNote: string
  appliesTo: ('all' | 'iv-ketamine' | 'im-ketamine' | 'oral-ketamine' | 'intranasal-esketamine')[]
  citations: string[]
}

export type DemoConditionDetails = {
  slug: ConditionSlug
  alsoKnownAs: string[]
  /** Diagnosis codes, each with the public code-list pages that confirmed it (kept out of the CMS). */
  codes: { system: CodeSystem; code: string; confirmedBy: string[] }[]
  /** Markdown overview for patients: what it is, what the evidence says, what to ask. */
  overview: string
  relatedConditions: ConditionSlug[]
  contraindications: string[]
  citations: string[]
}

export type DemoArticle = {
  title: string
  slug: string
  /** Plain text, at most 300 characters. */
  summary: string
  audience: 'patients' | 'caregivers' | 'clinicians'
  conditions: ConditionSlug[]
  contraindications: string[]
  /** Ordered: rendered as the numbered reference list. */
  citations: string[]
  /** Markdown (see the top of this file). */
  body: string
}

/**
 * Spanish text of the demo content, keyed by the English document's slug (or key), written for this
 * project in plain Spanish (not translated word for word, never copied). The Markdown rules above apply;
 * citation markers use the same keys as the English text, and site links keep their English form
 * (`/conditions/<slug>`): the portal sends Spanish readers to the Spanish page.
 */
export type SpanishCondition = { name: string; summary: string; alsoKnownAs: string[]; overview: string }
export type SpanishContraindication = { name: string; patientExplanation: string; clinicianNote: string }
export type SpanishDisclaimer = { title: string; body: string }
export type SpanishArticle = { title: string; summary: string; body: string }
export type SpanishSiteSettings = {
  siteName: string
  organisation: string
  /** The crisis help text and one label per English help line, in the same order. */
  crisisHelp: { text: string; lineLabels: string[] }
  footer: string
}
