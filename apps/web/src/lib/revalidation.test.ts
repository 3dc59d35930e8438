import { describe, expect, it } from 'vitest'

import { parseRevalidationRequest, secretMatches } from './revalidation'

describe('secretMatches', () => {
  it('accepts only the exact secret', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true)
    expect(secretMatches('s3cre', 's3cret')).toBe(false)
    expect(secretMatches(null, 's3cret')).toBe(false)
    expect(secretMatches('anything', undefined)).toBe(false)
    expect(secretMatches('', '')).toBe(false)
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
})
