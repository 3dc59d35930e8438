import { describe, expect, it } from 'vitest'

import { isValidSlug, slugify } from './slug'

describe('slugify', () => {
  it('makes readable lowercase slugs', () => {
    expect(slugify('Post-traumatic stress disorder (PTSD)')).toBe('post-traumatic-stress-disorder-ptsd')
    expect(slugify("Crohn's disease — Überblick")).toBe('crohns-disease-uberblick')
    expect(slugify('  --  ')).toBe('')
  })
  it('validates the slug format', () => {
    expect(isValidSlug('chronic-pain')).toBe(true)
    expect(isValidSlug('Chronic-Pain')).toBe(false)
    expect(isValidSlug('double--hyphen')).toBe(false)
    expect(isValidSlug('-leading')).toBe(false)
  })
})
