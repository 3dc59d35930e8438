import silabea from 'silabea'

/**
 * Readability of Spanish text for patients.
 *
 * Fernández-Huerta (1959), the Spanish adaptation of Flesch's reading ease, in the form that keeps
 * Flesch's terms (syllables per word, words per sentence):
 *
 *   L = 206.84 − 60 × (syllables / words) − 1.02 × (words / sentences)
 *
 * 0–100 like Flesch: 70–80 "bastante fácil", 80–90 "fácil". Patient texts aim at 70 or more.
 * Szigriszt-Pazos (1993), read on the INFLESZ scale (Barrio-Cantalejo et al. 2008), is given beside it:
 *
 *   P = 206.835 − 62.3 × (syllables / words) − (words / sentences)
 *
 * where 55–65 is "normal" and 65–80 "bastante fácil".
 *
 * Syllables come from silabea, an implementation of the standard orthographic syllabification of Spanish
 * (diphthongs, triphthongs, hiatus with and without a written accent). A word is a run of letters; numbers
 * are not counted. A sentence ends at . ! ? … or at the end of a line (headings and list items without a
 * full stop are units of their own).
 */
export const SPANISH_READING_EASE_TARGET = 70
export const INFLESZ_TARGET = 55

/** Fewer words than this give no score: a figure on a sentence or two would mean little. */
const MIN_WORDS = 20

const WORD = /\p{L}+/gu
const VOWEL = /[aeiouáéíóúü]/u

/** Syllables of one word; at least one, so an acronym without a vowel still counts as a word. */
export function spanishSyllables(word: string): number {
  const lower = word.toLocaleLowerCase('es')
  if (!VOWEL.test(lower)) return 1
  return Math.max(1, silabea.getSilabas(lower).numeroSilaba)
}

type Counts = { words: number; syllables: number; sentences: number }

export function spanishTextCounts(text: string): Counts {
  let words = 0
  let syllables = 0
  let sentences = 0
  for (const segment of text.split(/[.!?…]+|\n+/u)) {
    const found = segment.match(WORD)
    if (!found) continue
    sentences += 1
    words += found.length
    for (const word of found) syllables += spanishSyllables(word)
  }
  return { words, syllables, sentences }
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** Fernández-Huerta reading ease of a Spanish plain text, one decimal; null when it has fewer than 20 words. */
export function spanishReadingEase(text: string): number | null {
  const { words, syllables, sentences } = spanishTextCounts(text)
  if (words < MIN_WORDS) return null
  return oneDecimal(206.84 - 60 * (syllables / words) - 1.02 * (words / sentences))
}

/** Szigriszt-Pazos perspicuity (INFLESZ scale) of a Spanish plain text, one decimal; null under 20 words. */
export function inflesz(text: string): number | null {
  const { words, syllables, sentences } = spanishTextCounts(text)
  if (words < MIN_WORDS) return null
  return oneDecimal(206.835 - 62.3 * (syllables / words) - words / sentences)
}
