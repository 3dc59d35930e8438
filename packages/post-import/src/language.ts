import { franc } from 'franc-min'

/** The languages the platform publishes in; a post in any other is imported as English for the editor to decide. */
export type PostLanguage = 'en' | 'es'

const BY_ISO_639_3: Record<string, PostLanguage> = { eng: 'en', spa: 'es' }

/**
 * The language of a post's text, English or Spanish (trigram statistics, franc). Short or mixed texts
 * that franc cannot tell apart count as English, the platform's source language.
 */
export function detectLanguage(text: string): PostLanguage {
  return BY_ISO_639_3[franc(text, { only: ['eng', 'spa'], minLength: 20 })] ?? 'en'
}
