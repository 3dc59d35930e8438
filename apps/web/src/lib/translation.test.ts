import { describe, expect, it } from 'vitest'

import { localeAlternates } from './alternates'
import { approvedIn } from './translation'

describe('approved translations', () => {
  const reviewed = { translation: { reviewedAt: '2026-11-30T00:00:00.000Z', reviewedBy: 'Dr. Ana Ruiz' } }
  it('are English always, another language once reviewed and present', () => {
    expect(approvedIn('en', {}, undefined)).toBe(true)
    expect(approvedIn('es', reviewed, 'Dolor crónico')).toBe(true)
    expect(approvedIn('es', reviewed, 'Dolor crónico', null)).toBe(false)
    expect(approvedIn('es', reviewed, undefined)).toBe(false)
    expect(approvedIn('es', { translation: { reviewedAt: null } }, 'Dolor crónico')).toBe(false)
    expect(approvedIn('es', {}, 'Dolor crónico')).toBe(false)
  })

  it('name their alternates both ways, English as x-default, or only themselves', () => {
    expect(localeAlternates('/conditions/ptsd', 'es')).toEqual({
      canonical: '/es/conditions/ptsd',
      languages: { en: '/conditions/ptsd', es: '/es/conditions/ptsd', 'x-default': '/conditions/ptsd' },
    })
    expect(localeAlternates('/', 'en')).toEqual({ canonical: '/', languages: { en: '/', es: '/es', 'x-default': '/' } })
    expect(localeAlternates('/articles/a', 'en', false)).toEqual({ canonical: '/articles/a' })
  })
})
