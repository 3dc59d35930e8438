import { describe, expect, it } from 'vitest'

import { secretsMatch } from './secret'

describe('secretsMatch', () => {
  it('accepts only the exact secret', () => {
    expect(secretsMatch('s3cret', 's3cret')).toBe(true)
    expect(secretsMatch('s3cret', 's3cre')).toBe(false)
    expect(secretsMatch('s3cret', 's3cretx')).toBe(false)
    expect(secretsMatch('s3cret', 'S3cret')).toBe(false)
  })

  it('never matches a missing or empty value', () => {
    expect(secretsMatch('s3cret', null)).toBe(false)
    expect(secretsMatch('s3cret', undefined)).toBe(false)
    expect(secretsMatch(undefined, 'anything')).toBe(false)
    expect(secretsMatch('', '')).toBe(false)
  })
})
