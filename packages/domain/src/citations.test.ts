import { describe, expect, it } from 'vitest'

import { doiUrl, formatCitation, isValidDoi, isValidPmid, normalizeDoi, pubmedUrl } from './citations'

describe('DOI', () => {
  it.each(['10.1016/S0006-3223(99)00230-9', 'doi:10.1176/appi.ajp.2018.18020138', 'https://doi.org/10.1001/jamapsychiatry.2019.1189'])(
    'accepts %s',
    (doi) => expect(isValidDoi(doi)).toBe(true),
  )
  it.each(['', '10.', '11.1016/x', '10.12/abc', 'https://example.org/10.1000/x', '10.1000/with space'])('rejects %j', (doi) =>
    expect(isValidDoi(doi)).toBe(false),
  )
  it('normalises pasted forms to the bare DOI and links to doi.org', () => {
    expect(normalizeDoi(' https://dx.doi.org/10.1000/xyz ')).toBe('10.1000/xyz')
    expect(doiUrl('doi: 10.1000/xyz')).toBe('https://doi.org/10.1000/xyz')
  })
})

describe('PMID', () => {
  it('accepts digits only, without a leading zero', () => {
    expect(isValidPmid('10686270')).toBe(true)
    expect(isValidPmid('0123')).toBe(false)
    expect(isValidPmid('PMID:10686270')).toBe(false)
    expect(isValidPmid('1e5')).toBe(false)
    expect(pubmedUrl('10686270')).toBe('https://pubmed.ncbi.nlm.nih.gov/10686270/')
  })
})

describe('formatCitation (AMA)', () => {
  it('formats a journal article with more than six authors as three et al', () => {
    expect(
      formatCitation({
        type: 'journal-article',
        authors: 'Berman RM; Cappiello A; Anand A; Oren DA; Heninger GR; Charney DS; Krystal JH',
        title: 'Antidepressant effects of ketamine in depressed patients',
        journal: 'Biol Psychiatry',
        year: 2000,
        volume: '47',
        issue: '4',
        pages: '351-354',
        doi: '10.1016/S0006-3223(99)00230-9',
      }),
    ).toBe(
      'Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354. doi:10.1016/S0006-3223(99)00230-9',
    )
  })

  it('formats a web page with its access date when there is no DOI', () => {
    expect(
      formatCitation({
        type: 'web-page',
        title: 'Ketamine information',
        journal: 'Example Health Agency',
        year: 2024,
        url: 'https://example.org/ketamine',
        accessed: '2026-11-01',
      }),
    ).toBe('Ketamine information. Example Health Agency; 2024. Accessed November 1, 2026. https://example.org/ketamine')
  })

  it('keeps a title that already ends with a question mark', () => {
    expect(formatCitation({ title: 'Does ketamine work?', year: 2021 })).toBe('Does ketamine work? 2021.')
  })
})
