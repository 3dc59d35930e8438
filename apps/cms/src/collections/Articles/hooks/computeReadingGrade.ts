import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { CollectionBeforeChangeHook } from 'payload'
import readability from 'text-readability'

import { spanishReadingEase } from '../spanishReadability'

/** Flesch–Kincaid grade of a text, one decimal; null when there is too little text to judge. */
export function readingGrade(text: string): number | null {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length < 20) return null
  return Math.round(readability.fleschKincaidGrade(text) * 10) / 10
}

/**
 * Recomputes the body's readability on every save, with the formula of the save's locale (the body
 * here is that locale's): Flesch–Kincaid grade for English, Fernández-Huerta reading ease for Spanish.
 */
export const computeReadingGrade: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data.body && typeof data.body === 'object') {
    const text = convertLexicalToPlaintext({ data: data.body as SerializedEditorState })
    if (req.locale === 'es') data.spanishReadingEase = spanishReadingEase(text)
    else data.readingGrade = readingGrade(text)
  }
  return data
}
