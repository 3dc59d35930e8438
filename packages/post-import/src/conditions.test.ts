import { describe, expect, it } from 'vitest'

import { findConditionMentions as findAll } from './conditions'

/** The key and term of each mention, for the tests written before evidence and confidence existed. */
const findConditionMentions = <T>(text: string, list: { key: T; terms: string[] }[]) => findAll(text, list).map(({ key, term }) => ({ key, term }))

const conditions = [
  { key: 'ptsd', terms: ['post-traumatic stress disorder', 'PTSD'] },
  { key: 'ocd', terms: ['obsessive-compulsive disorder', 'OCD'] },
  { key: 'depression', terms: ['treatment-resistant depression', 'depression'] },
  { key: 'eating', terms: ['eating disorder'] },
  { key: 'pain', terms: ['chronic pain'] },
]

/** Shaped like the demo conditions: names with "Other" and "(OCD)", and also-known-as terms. */
const demo = [
  { key: 'sud', terms: ['Other substance use disorders', 'opioid use disorder'] },
  { key: 'ocd', terms: ['Obsessive-compulsive disorder (OCD)', 'obsessive compulsive disorder'] },
  { key: 'eating', terms: ['Eating disorders', 'binge eating disorder'] },
  { key: 'bipolar', terms: ['Bipolar depression', 'bipolar disorder depressive episode'] },
  { key: 'aud', terms: ['Alcohol use disorder', 'alcohol abuse'] },
]

describe('findConditionMentions', () => {
  it('matches whole words and phrases next to punctuation', () => {
    expect(findConditionMentions('Veterans with chronic pain (PTSD) and OCD, too.', conditions)).toEqual([
      { key: 'pain', term: 'chronic pain' },
      { key: 'ptsd', term: 'PTSD' },
      { key: 'ocd', term: 'OCD' },
    ])
  })

  it('does not match inside other words', () => {
    expect(findConditionMentions('The glOCD brand, PTSDs, antidepressionist and chronic painful joints.', conditions)).toEqual([])
  })

  it('matches short acronyms only in capitals, other terms in any case', () => {
    expect(findConditionMentions('ocd and ptsd are written in lower case here', conditions)).toEqual([])
    expect(findConditionMentions('CHRONIC PAIN clinics', conditions)).toEqual([{ key: 'pain', term: 'chronic pain' }])
  })

  it('accepts hyphen, space and joined variants of a phrase', () => {
    for (const text of ['post traumatic stress disorder', 'posttraumatic stress disorder', 'Post‑Traumatic Stress Disorder', 'post - traumatic stress disorder']) {
      expect(findConditionMentions(text, conditions), text).toEqual([{ key: 'ptsd', term: 'post-traumatic stress disorder' }])
    }
  })

  it('accepts a plural "s" on the last word', () => {
    expect(findConditionMentions('Eating disorders and depressions differ.', conditions)).toEqual([
      { key: 'eating', term: 'eating disorder' },
      { key: 'depression', term: 'depression' },
    ])
  })

  it('reports each condition once, with the term found first in the text, ordered by first mention', () => {
    const text = 'Depression is common. Treatment-resistant depression is harder. PTSD and post-traumatic stress disorder overlap.'
    expect(findConditionMentions(text, conditions)).toEqual([
      { key: 'depression', term: 'depression' },
      { key: 'ptsd', term: 'PTSD' },
    ])
    expect(findConditionMentions('treatment-resistant depression', conditions)).toEqual([{ key: 'depression', term: 'treatment-resistant depression' }])
  })

  it('handles Unicode letters at boundaries and ignores empty terms', () => {
    const french = [{ key: 1, terms: ['dépression', ''] }]
    expect(findConditionMentions('La dépression résistante', french)).toEqual([{ key: 1, term: 'dépression' }])
    expect(findConditionMentions('Antidépression', french)).toEqual([])
    expect(findConditionMentions("People with Parkinson’s disease", [{ key: 2, terms: ["Parkinson's disease"] }])).toEqual([{ key: 2, term: "Parkinson's disease" }])
  })

  it('survives plurals, hyphens, word order and a leading "Other", with the words matched as evidence', () => {
    expect(findAll('Treating substance use disorders, obsessive compulsive disorder and disorders of eating.', demo)).toEqual([
      { key: 'sud', term: 'Other substance use disorders', evidence: 'substance use disorders', confidence: 'strong' },
      { key: 'ocd', term: 'Obsessive-compulsive disorder (OCD)', evidence: 'obsessive compulsive disorder', confidence: 'strong' },
      { key: 'eating', term: 'Eating disorders', evidence: 'disorders of eating', confidence: 'strong' },
    ])
    expect(findAll('An eating disorder; Obsessive-Compulsive Disorder; OCD.', demo).map((mention) => mention.evidence)).toEqual(['eating disorder', 'Obsessive-Compulsive Disorder'])
  })

  it('proposes conditions named only in part as weak, and never across punctuation', () => {
    expect(findAll('People with bipolar disorder, or substance abuse (alcohol, opioids).', demo)).toEqual([
      { key: 'bipolar', term: 'bipolar disorder depressive episode', evidence: 'bipolar disorder', confidence: 'weak' },
      { key: 'sud', term: 'Other substance use disorders', evidence: 'substance abuse', confidence: 'weak' },
    ])
    // Common words alone ("use", "disorder", "alcohol", "substances") propose nothing; a whole term later still wins.
    expect(findAll('Skip alcohol and other sedating substances.', demo)).toEqual([])
    expect(findAll('Alcohol before a session is a bad idea. Alcohol use disorder is treatable.', demo)).toEqual([
      { key: 'aud', term: 'Alcohol use disorder', evidence: 'Alcohol use disorder', confidence: 'strong' },
    ])
  })
})
