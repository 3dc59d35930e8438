import type { Locale } from '@kat/contract'

/** The reviewer's approval of a document's translation (a group field the CMS keeps outside the locales). */
export type Translation = { reviewedAt?: string | null; reviewedBy?: string | null }
export const translationOf = (doc: object): Translation | undefined => (doc as { translation?: Translation | null }).translation ?? undefined

/**
 * Whether a document read in `locale` has an approved version there: English always; another
 * language once a reviewer approved its text and the text is there (its title or name, and any other
 * text given).
 */
export const approvedIn = (locale: Locale, doc: object, ...texts: (string | null | undefined)[]): boolean =>
  locale === 'en' || (Boolean(translationOf(doc)?.reviewedAt) && texts.every(Boolean))
