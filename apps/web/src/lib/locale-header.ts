import { isLocale, type Locale } from '@kat/contract'

/**
 * The language of a 404 page. Next renders every 404 of a reader page as its one global not-found page
 * (server.ts asks for it when Next's own answer is empty), which cannot see the address: the server
 * tells it the language of the address in this header, always overwriting one a client sent.
 */
export const NOT_FOUND_LOCALE_HEADER = 'x-portal-not-found-locale'

export const localeOfHeader = (value: string | null | undefined): Locale => (isLocale(value) ? value : 'en')
