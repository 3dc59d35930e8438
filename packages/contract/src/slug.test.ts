import { describe, expect, it } from 'vitest'

import { isValidSlug, MAX_SLUG_LENGTH } from './slug'

describe('isValidSlug', () => {
  it('takes lowercase words joined by single hyphens', () => {
    expect(isValidSlug('chronic-pain')).toBe(true)
    expect(isValidSlug('ptsd2')).toBe(true)
    for (const slug of ['', 'Chronic-Pain', 'double--hyphen', '-leading', 'trailing-', 'a b', 'a/b', '..', 'café']) {
      expect(isValidSlug(slug), slug).toBe(false)
    }
  })

  it('is at most 120 characters', () => {
    expect(isValidSlug('a'.repeat(MAX_SLUG_LENGTH))).toBe(true)
    expect(isValidSlug('a'.repeat(MAX_SLUG_LENGTH + 1))).toBe(false)
  })
})
