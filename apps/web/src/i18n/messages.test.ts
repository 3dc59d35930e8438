import { describe, expect, it } from 'vitest'

import { formatDate, translator } from '.'
import en from './messages/en.json'
import es from './messages/es.json'

const keys = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (value && typeof value === 'object' && !Array.isArray(value) ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]))

describe('the UI strings', () => {
  it('has every message in both languages, and no other', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort())
  })

  it('says the same things in Spanish, with plurals and links', () => {
    expect(translator('es', 'Articles')('count', { count: 1 })).toBe('1 artículo')
    expect(translator('es', 'Articles')('count', { count: 12 })).toBe('12 artículos')
    expect(translator('en', 'Articles')('count', { count: 1 })).toBe('1 article')
    expect(translator('es', 'Contraindications').markup('untranslated', { count: 2, link: (text: string) => `[${text}]` })).toBe(
      'Hay 2 contraindicaciones más que todavía no están en español. Léalas en la [página en inglés].',
    )
    expect(translator('es', 'Crisis').raw('lines')).toHaveLength((en.Crisis.lines as unknown[]).length)
  })

  it('writes dates as each language does (US English, US Spanish)', () => {
    expect(formatDate('2026-12-01T00:00:00.000Z', 'es')).toBe('1 de diciembre de 2026')
    expect(formatDate('2026-12-01T00:00:00.000Z', 'en')).toBe('December 1, 2026')
  })
})
