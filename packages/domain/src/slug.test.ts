import { isValidSlug } from '@kat/contract'
import { describe, expect, it } from 'vitest'

import { slugify } from './slug'

describe('slugify', () => {
  it('makes readable lowercase slugs', () => {
    expect(slugify('Post-traumatic stress disorder (PTSD)')).toBe('post-traumatic-stress-disorder-ptsd')
    expect(slugify("Crohn's disease — Überblick")).toBe('crohns-disease-uberblick')
    expect(slugify('  --  ')).toBe('')
  })
  it('makes slugs the contract accepts', () => {
    for (const title of ['Post-traumatic stress disorder (PTSD)', "  Crohn's -- disease  ", 'A'.repeat(200)]) expect(isValidSlug(slugify(title)), title).toBe(true)
  })
})
