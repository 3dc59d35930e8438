import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { CollectionBeforeChangeHook } from 'payload'
import readability from 'text-readability'

/** Flesch–Kincaid grade of a text, one decimal; null when there is too little text to judge. */
export function readingGrade(text: string): number | null {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length < 20) return null
  return Math.round(readability.fleschKincaidGrade(text) * 10) / 10
}

/** Recomputes the reading grade from the body's plain text on every save. */
export const computeReadingGrade: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body && typeof data.body === 'object') {
    const text = convertLexicalToPlaintext({ data: data.body as SerializedEditorState })
    data.readingGrade = readingGrade(text)
  }
  return data
}
