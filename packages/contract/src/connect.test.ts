import { describe, expect, it } from 'vitest'

import { connectLanguageOf, connectResultsPath, parseConnectQuery } from './connect'

const ICD = '2.16.840.1.113883.6.90'
const SNOMED = '2.16.840.1.113883.6.96'
const parse = (query: string) => parseConnectQuery(new URLSearchParams(query))

describe('parseConnectQuery', () => {
  it('reads one code, several (repeated or numbered), the language and the answer type', () => {
    expect(parse(`mainSearchCriteria.v.c=f331&mainSearchCriteria.v.cs=${ICD}`)).toEqual({ codes: [{ system: 'icd10cm', code: 'F33.1' }], language: 'en', json: false })
    expect(
      parse(`mainSearchCriteria.v.c=F43.10&mainSearchCriteria.v.cs=${ICD}&mainSearchCriteria.v.c=47505003&mainSearchCriteria.v.cs=${SNOMED}&informationRecipient.languageCode.c=es-MX&knowledgeResponseType=application/json`),
    ).toEqual({ codes: [{ system: 'icd10cm', code: 'F43.10' }, { system: 'snomedct', code: '47505003' }], language: 'es', json: true })
    expect(parse(`mainSearchCriteria.v.c1=G89.4&mainSearchCriteria.v.cs1=${ICD}&mainSearchCriteria.v.c2=82423001&mainSearchCriteria.v.cs2=${SNOMED}`)).toMatchObject({
      codes: [{ code: 'G89.4' }, { code: '82423001' }],
    })
    // A language not published yet falls back to English.
    expect(parse(`mainSearchCriteria.v.c=F42&mainSearchCriteria.v.cs=${ICD}&informationRecipient.languageCode.c=fr`)).toMatchObject({ language: 'en' })
  })

  it('answers every malformed request with a message that says what to send', () => {
    const errors = [
      ['', /Give a diagnosis code/],
      ['mainSearchCriteria.v.c=F33.1', /needs its code system/],
      [`mainSearchCriteria.v.c=F33.1&mainSearchCriteria.v.cs=2.16.840.1.113883.6.103`, /is not supported/],
      [`mainSearchCriteria.v.c=depression&mainSearchCriteria.v.cs=${ICD}`, /not an ICD-10-CM code/],
      [`mainSearchCriteria.v.c=47505004&mainSearchCriteria.v.cs=${SNOMED}`, /not a SNOMED CT concept id/],
      [`mainSearchCriteria.v.c=&mainSearchCriteria.v.cs=${ICD}`, /is empty/],
      [`mainSearchCriteria.v.c=F33&mainSearchCriteria.v.cs=${ICD}&knowledgeResponseType=text/xml`, /application\/json or text\/html/],
      [`mainSearchCriteria.v.c=F33&mainSearchCriteria.v.cs=${ICD}&informationRecipient.languageCode.c=<script>`, /language code/],
      [`mainSearchCriteria.v.cs=${ICD}&mainSearchCriteria.v.cs=${SNOMED}&mainSearchCriteria.v.c=F33`, /one code system per code/],
      [Array.from({ length: 21 }, () => `mainSearchCriteria.v.c=F33&mainSearchCriteria.v.cs=${ICD}`).join('&'), /at most 20/],
    ] as const
    for (const [query, message] of errors) expect((parse(query) as { error: string }).error, query).toMatch(message)
  })
})

describe('connectLanguageOf', () => {
  it('reads the language even from a request that is otherwise invalid, English when it is not one we publish in', () => {
    const language = (query: string) => connectLanguageOf(new URLSearchParams(query))
    expect(language('mainSearchCriteria.v.c=F33.1&informationRecipient.languageCode.c=es-MX')).toBe('es')
    expect(language('informationRecipient.languageCode.c=ES')).toBe('es')
    expect(language('informationRecipient.languageCode.c=fr')).toBe('en')
    expect(language('informationRecipient.languageCode.c=<script>')).toBe('en')
    expect(language('informationRecipient.languageCode.c=')).toBe('en')
    expect(language('')).toBe('en')
  })

  it('names the results page in each language', () => {
    expect(connectResultsPath('en')).toBe('/connect/results')
    expect(connectResultsPath('es')).toBe('/es/connect/results')
  })
})
