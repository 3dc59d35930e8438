import { describe, expect, it } from 'vitest'

import {
  articleSearchParams,
  ContractError,
  isRequiredOn,
  parseArticleSearchQuery,
  parseArticleSearchResponse,
  parseConditionCountsResponse,
  parseRequiredDisclaimersQuery,
  parseRequiredDisclaimersResponse,
  parseRevalidationRequest,
  requiredDisclaimersQuery,
  scopesShownOn,
} from './endpoints'

const params = (query: string) => new URLSearchParams(query)

describe('required disclaimers', () => {
  it('parses the page type, "all" by default', () => {
    expect(parseRequiredDisclaimersQuery(params(''))).toEqual({ for: 'all' })
    expect(parseRequiredDisclaimersQuery(params(requiredDisclaimersQuery('conditions')))).toEqual({ for: 'conditions' })
    for (const value of ['', 'ALL', 'handouts', 'all ']) {
      expect(parseRequiredDisclaimersQuery(params(`for=${encodeURIComponent(value)}`))).toEqual({ error: '"for" must be one of: all, articles, conditions.' })
    }
  })

  it('shows the site-wide disclaimers everywhere and the scoped ones on their pages', () => {
    expect(scopesShownOn('all')).toEqual(['all'])
    expect(scopesShownOn('articles')).toEqual(['all', 'articles'])
    expect(isRequiredOn({ required: true, scope: 'conditions' }, 'conditions')).toBe(true)
    expect(isRequiredOn({ required: true, scope: 'conditions' }, 'articles')).toBe(false)
    expect(isRequiredOn({ required: false, scope: 'all' }, 'articles')).toBe(false)
  })

  it('reads the answer, and refuses another shape', () => {
    const doc = { id: 1, title: 'Not for emergencies', body: 'Call 988.', kind: 'emergency', scope: 'all' }
    expect(parseRequiredDisclaimersResponse({ for: 'all', docs: [doc] })).toEqual({ for: 'all', docs: [doc] })
    for (const body of [null, [], { docs: [doc] }, { for: 'all', docs: [{ ...doc, kind: 'other' }] }, { for: 'all', docs: [{ ...doc, id: '1' }] }, '<html>']) {
      expect(() => parseRequiredDisclaimersResponse(body), JSON.stringify(body)).toThrow(ContractError)
    }
  })
})

describe('article search', () => {
  it('parses a search with defaults', () => {
    expect(parseArticleSearchQuery(params(''))).toEqual({ conditions: [], page: 1, limit: 10 })
    expect(parseArticleSearchQuery(params('q=+nasal+spray+&condition=ptsd&condition=chronic-pain&audience=patients&page=3&limit=20'))).toEqual({
      q: 'nasal spray',
      conditions: ['ptsd', 'chronic-pain'],
      audience: 'patients',
      page: 3,
      limit: 20,
    })
    expect(parseArticleSearchQuery(params('audience='))).toEqual({ conditions: [], page: 1, limit: 10 })
  })

  it.each([
    ['q=' + 'x'.repeat(101), '"q" must be at most 100 characters.'],
    ['condition=Bad_Slug', '"condition" must be up to 20 condition slugs.'],
    [Array.from({ length: 21 }, (_, i) => `condition=c${i}`).join('&'), '"condition" must be up to 20 condition slugs.'],
    ['audience=everyone', '"audience" must be patients, caregivers or clinicians.'],
    ['limit=51', '"limit" must be a whole number from 1 to 50.'],
    ['limit=1.5', '"limit" must be a whole number from 1 to 50.'],
    ['page=0', '"page" must be a whole number from 1 to 10001.'],
    ['page=10002', '"page" must be a whole number from 1 to 10001.'],
    ['page=abc', '"page" must be a whole number from 1 to 10001.'],
  ])('refuses %s', (query, error) => {
    expect(parseArticleSearchQuery(params(query))).toEqual({ error })
  })

  it('builds the query string it parses', () => {
    const query = { q: 'side effects', conditions: ['ptsd', 'chronic-pain'], audience: 'caregivers' as const, page: 2, limit: 10 }
    expect(parseArticleSearchQuery(articleSearchParams(query))).toEqual(query)
    expect(articleSearchParams({ q: 'pain', audience: 'patients' }).toString()).toBe('q=pain&audience=patients')
  })

  it('reads the answers, and refuses another shape', () => {
    const page = { docs: [{ id: 1, title: 'T', slug: 't', summary: 'S', audience: 'patients' }], totalDocs: 1, page: 1, limit: 10, totalPages: 1 }
    expect(parseArticleSearchResponse(page)).toEqual(page)
    expect(() => parseArticleSearchResponse({ ...page, totalDocs: '1' })).toThrow(ContractError)
    expect(() => parseArticleSearchResponse({ ...page, docs: [{ id: 1 }] })).toThrow(ContractError)
    expect(parseConditionCountsResponse({ conditionCounts: { 3: 2, 4: 0 } })).toEqual({ conditionCounts: { 3: 2, 4: 0 } })
    expect(() => parseConditionCountsResponse({ conditionCounts: { ptsd: 2 } })).toThrow(ContractError)
    expect(() => parseConditionCountsResponse({})).toThrow(ContractError)
  })
})

describe('parseRevalidationRequest', () => {
  it('accepts tags and paths, dropping duplicates', () => {
    expect(parseRevalidationRequest({ tags: ['collection:conditions', 'collection:conditions'], paths: ['/conditions/ptsd'] })).toEqual({
      tags: ['collection:conditions'],
      paths: ['/conditions/ptsd'],
    })
  })

  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    [{ tags: 'x' }, /tags/],
    [{ tags: ['bad tag with spaces'] }, /tags/],
    [{ paths: ['relative/path'] }, /paths/],
    [{ paths: ['/ok', 42] }, /paths/],
    [{}, /Nothing/],
    [{ tags: Array.from({ length: 201 }, (_, i) => `t${i}`) }, /At most/],
  ])('rejects %j', (body, message) => {
    const result = parseRevalidationRequest(body)
    expect('error' in result && result.error).toMatch(message)
  })

  it('takes everything after a restore, and nothing else in its place', () => {
    expect(parseRevalidationRequest({ everything: true })).toEqual({ tags: [], paths: [], everything: true })
    expect(parseRevalidationRequest({ everything: 'yes' })).toEqual({ error: 'everything must be true, or left out.' })
    expect(parseRevalidationRequest({ everything: false })).toHaveProperty('error')
  })
})
