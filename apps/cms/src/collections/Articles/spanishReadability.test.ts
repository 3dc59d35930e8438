import { describe, expect, it } from 'vitest'

import { inflesz, spanishReadingEase, spanishSyllables, spanishTextCounts } from './spanishReadability'

// Counted by hand (syllables split in the comments).
// La ke-ta-mi-na es un me-di-ca-men-to (5 words, 12 syllables). Los mé-di-cos la u-san des-de ha-ce mu-chos
// a-ños (8, 15). Pue-de a-yu-dar a al-gu-nas per-so-nas con de-pre-sión (7, 16). Ha-ble con su e-qui-po de
// sa-lud (6, 10). 26 words, 53 syllables, 4 sentences:
//   Fernández-Huerta 206.84 − 60 × 53/26 − 1.02 × 26/4 = 77.90; Szigriszt-Pazos 206.835 − 62.3 × 53/26 − 6.5 = 73.34
const EASY =
  'La ketamina es un medicamento. Los médicos la usan desde hace muchos años. Puede ayudar a algunas personas con depresión. Hable con su equipo de salud.'

// One sentence of 23 words and 74 syllables: ad-mi-nis-tra-ción, in-tra-ve-no-sa, mo-ni-to-ri-za-ción,
// car-dio-vas-cu-lar, con-ti-nua, es-pe-cial-men-te, an-te-ce-den-tes, ce-re-bro-vas-cu-lar, ...
//   206.84 − 60 × 74/23 − 1.02 × 23 = −9.66
const HARD =
  'La administración intravenosa de ketamina requiere una monitorización cardiovascular continua, especialmente en pacientes con hipertensión arterial no controlada o antecedentes de enfermedad cerebrovascular.'

describe('spanishSyllables', () => {
  it.each([
    ['agua', 2],
    ['país', 2],
    ['río', 2],
    ['día', 2],
    ['ciudad', 2],
    ['huevo', 2],
    ['guerra', 2],
    ['cigüeña', 3],
    ['muy', 1],
    ['ley', 1],
    ['y', 1],
    ['héroe', 3],
    ['poeta', 3],
    ['tratamiento', 4],
    ['ansiedad', 3],
    ['Depresión', 3],
    ['esketamina', 5],
    ['TDAH', 1],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count)
  })
})

describe('spanishReadingEase', () => {
  it('counts words, syllables and sentences as counted by hand', () => {
    expect(spanishTextCounts(EASY)).toEqual({ words: 26, syllables: 53, sentences: 4 })
    expect(spanishTextCounts(HARD)).toEqual({ words: 23, syllables: 74, sentences: 1 })
  })

  it('gives the Fernández-Huerta score with one decimal', () => {
    expect(spanishReadingEase(EASY)).toBe(77.9)
    expect(spanishReadingEase(HARD)).toBe(-9.7)
    expect(inflesz(EASY)).toBe(73.3)
  })

  it('ends a sentence at a line break and ignores numbers', () => {
    const lines = EASY.replaceAll('. ', '\n').replace(/\.$/, '')
    expect(spanishReadingEase(lines)).toBe(77.9)
    expect(spanishReadingEase(`${EASY} Llame al 988.`)).toBe(spanishReadingEase(`${EASY} Llame al.`))
  })

  it('gives no score to fewer than 20 words', () => {
    expect(spanishReadingEase('Hable con su equipo de salud.')).toBeNull()
    expect(spanishReadingEase('')).toBeNull()
  })
})
