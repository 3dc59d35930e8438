import { describe, expect, it } from 'vitest'

import { MIXED_CASE_WORDS, splitRunTogether } from './runTogether'

describe('splitRunTogether', () => {
  it('splits a lower-case word run into a capitalised word, and reports it', () => {
    expect(splitRunTogether('Emerging Evidence in PsychiatryFollow us')).toEqual({
      text: 'Emerging Evidence in Psychiatry Follow us',
      splits: ['PsychiatryFollow → Psychiatry Follow'],
    })
  })

  it('splits a full stop run into the next sentence', () => {
    expect(splitRunTogether('It may help some people.Next time, ask your clinician.')).toEqual({
      text: 'It may help some people. Next time, ask your clinician.',
      splits: ['people.Next → people. Next'],
    })
  })

  it('never splits allowlisted mixed-case names, also inside longer words', () => {
    for (const word of ['PubMed', 'YouTube', 'LinkedIn', 'WordPress', 'TikTok', 'JavaScript', 'PowerPoint', 'iPhone', 'eBook', 'McLean', 'MacArthur', 'DeepMind', 'GitHub', 'OpenAI', 'StatPearls']) {
      expect(splitRunTogether(`Found on ${word} today`).splits).toEqual([])
    }
    expect(MIXED_CASE_WORDS).toContain('PubMed')
    expect(splitRunTogether('Watch our YouTubeChannel').text).toBe('Watch our YouTube Channel')
  })

  it('leaves short left parts, acronyms and camel-case names with short prefixes alone', () => {
    expect(splitRunTogether('McDonald and DiCaprio use iOS and NMDAr').splits).toEqual([])
    expect(splitRunTogether('a PTSDScreen').splits).toEqual([])
  })

  it('leaves addresses, e-mail, DOIs, handles and code alone', () => {
    const text = 'See https://example.org/ketamineGuide.Overview or www.example.com/caseStudy, mail info@clinicName.org, doi:10.5555/abcDef.Ghi, #KetamineTherapy and `useState`.'
    expect(splitRunTogether(text)).toEqual({ text, splits: [] })
  })

  it('does not split after abbreviations, initials or numbers', () => {
    const text = 'Ask e.g.Dr. Lee, the U.S.Army study, Prof.Smith, et al.Journal and version 2.Beta.'
    expect(splitRunTogether(text).splits).toEqual([])
  })
})
