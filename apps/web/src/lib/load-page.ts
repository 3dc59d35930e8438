import 'server-only'

import { documentPath, isValidSlug, localizedPath, type Locale, type RoutedCollection } from '@kat/contract'
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { translator } from '@/i18n'

import { localeAlternates } from './alternates'
import { getPublishedSlugs, getRedirect } from './content'
import { isPreviewing } from './preview'
import { approvedIn, translationOf } from './translation'

/** Whether a slug may name a page: a draft in preview, or one of the published slugs (one cached list). */
async function mayExist(collection: RoutedCollection, slug: string): Promise<boolean> {
  if (!isValidSlug(slug)) return false
  return (await isPreviewing()) || (await getPublishedSlugs(collection)).has(slug)
}

type Page = { slug: string; summary: string }

/**
 * A published document by slug for a `[slug]` route: a malformed or unknown slug is a 404 (looked up
 * in the list of published slugs first, so it costs no read or cache entry of its own), and an old
 * slug recorded by the CMS answers 308 to where the page lives now, in the same language.
 */
export async function loadPage<T extends Page>(collection: RoutedCollection, slug: string, find: (slug: string, locale: Locale) => Promise<T | undefined>, locale: Locale): Promise<T> {
  const doc = (await mayExist(collection, slug)) ? await find(slug, locale) : undefined
  if (doc) return doc
  const moved = await getRedirect(documentPath(collection, slug))
  if (moved) permanentRedirect(moved.startsWith('/') ? localizedPath(moved, locale) : moved)
  notFound()
}

/**
 * Title, description, canonical URL, hreflang alternates and OpenGraph for a `[slug]` page; empty for
 * unknown slugs. A page without an approved translation in `locale` is not indexed there, and its
 * English page names no alternate in that language.
 */
export async function pageMetadata<T extends Page>(
  collection: RoutedCollection,
  slug: string,
  find: (slug: string, locale: Locale) => Promise<T | undefined>,
  title: (doc: T) => string | null | undefined,
  locale: Locale,
): Promise<Metadata> {
  if (!(await mayExist(collection, slug))) return {}
  const doc = await find(slug, locale)
  if (!doc) return {}
  const path = documentPath(collection, doc.slug)
  if (!approvedIn(locale, doc, title(doc))) {
    return { title: translator(locale, 'Untranslated')('metaTitle'), robots: { index: false }, alternates: { canonical: path } }
  }
  const translated = locale !== 'en' || Boolean(translationOf(doc)?.reviewedAt)
  return {
    title: title(doc),
    description: doc.summary,
    alternates: localeAlternates(path, locale, translated),
    openGraph: { title: title(doc) ?? undefined, description: doc.summary, type: 'article', locale: locale === 'es' ? 'es_US' : 'en_US' },
  }
}
