import { describe, expect, it } from 'vitest'

import { isSourcesLabel, parseSourceEntry } from './sources'

const empty = { title: null, doi: null, pmid: null, url: null, authors: null, journal: null, year: null }

describe('isSourcesLabel', () => {
  it('accepts the usual reference headings, with or without a colon, in any case', () => {
    for (const label of ['Sources', 'SOURCES:', 'References', 'Reference', 'Further reading', 'Bibliography', 'Citations:', 'Works cited']) expect(isSourcesLabel(label), label).toBe(true)
    expect(isSourcesLabel('Sources of support for families')).toBe(false)
    expect(isSourcesLabel('Our references are below.')).toBe(false)
  })
})

describe('parseSourceEntry', () => {
  it('reads "Title: (view article)" entries', () => {
    expect(parseSourceEntry('Ketamine-Assisted Psychotherapy: A Practical Overview for Patients: (view article)')).toEqual({
      ...empty,
      raw: 'Ketamine-Assisted Psychotherapy: A Practical Overview for Patients: (view article)',
      title: 'Ketamine-Assisted Psychotherapy: A Practical Overview for Patients',
    })
  })

  it('reads AMA/Vancouver entries with DOI and PMID', () => {
    const raw = 'Doe J, Rahman S, Keller T. Ketamine for treatment-resistant depression: a narrative review. Example Res Clin Pract. 2022;4(1):12-20. doi:10.5555/erc.2022.0001. PMID: 99000001'
    expect(parseSourceEntry(raw)).toEqual({
      raw,
      title: 'Ketamine for treatment-resistant depression: a narrative review',
      doi: '10.5555/erc.2022.0001',
      pmid: '99000001',
      url: null,
      authors: 'Doe J, Rahman S, Keller T',
      journal: 'Example Res Clin Pract',
      year: 2022,
    })
  })

  it('reads APA entries with a web address', () => {
    const raw = 'Patel, R., & Moreau, L. (2020). Setting and support in ketamine-assisted psychotherapy. Journal of Integrative Mental Health, 8(3), 45–58. https://example.org/articles/setting-and-support.'
    expect(parseSourceEntry(raw)).toEqual({
      raw,
      title: 'Setting and support in ketamine-assisted psychotherapy',
      doi: null,
      pmid: null,
      url: 'https://example.org/articles/setting-and-support',
      authors: 'Patel, R., & Moreau, L',
      journal: 'Journal of Integrative Mental Health',
      year: 2020,
    })
  })

  it('takes DOIs from doi.org addresses and PMIDs from PubMed links, keeping DOI parentheses balanced', () => {
    expect(parseSourceEntry('Study of sleep (https://doi.org/10.5555/S0006-3223(99)00230-9).')).toMatchObject({
      doi: '10.5555/S0006-3223(99)00230-9',
      url: 'https://doi.org/10.5555/S0006-3223(99)00230-9',
    })
    expect(parseSourceEntry('A plain-language summary (view article)', ['https://pubmed.ncbi.nlm.nih.gov/99000002/'])).toEqual({
      ...empty,
      raw: 'A plain-language summary (view article)',
      title: 'A plain-language summary',
      pmid: '99000002',
      url: 'https://pubmed.ncbi.nlm.nih.gov/99000002/',
    })
  })

  it('reads quoted titles and drops link words and access notes', () => {
    expect(parseSourceEntry('"Understanding ketamine treatment" National Mental Health Guide (2023). https://www.example.org/guide/ketamine [link]')).toMatchObject({
      title: 'Understanding ketamine treatment',
      year: 2023,
      url: 'https://www.example.org/guide/ketamine',
    })
    expect(parseSourceEntry('Pain management guidance, https://www.example.org/pain (accessed 2024) Read more')).toMatchObject({ title: 'Pain management guidance', year: null })
  })

  it('keeps only http(s) addresses and years between 1900 and 2100', () => {
    expect(parseSourceEntry('Old leaflet (1850). ftp://files.example.org/leaflet')).toMatchObject({ url: null, year: null })
    expect(parseSourceEntry('https://example.org/only-a-link')).toEqual({ ...empty, raw: 'https://example.org/only-a-link', url: 'https://example.org/only-a-link' })
  })
})
