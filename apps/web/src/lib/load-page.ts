import 'server-only'

import { documentPath, isValidSlug, type RoutedCollection } from '@kat/contract'
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { getPublishedSlugs, getRedirect } from './content'
import { isPreviewing } from './preview'

/** Whether a slug may name a page: a draft in preview, or one of the published slugs (one cached list). */
async function mayExist(collection: RoutedCollection, slug: string): Promise<boolean> {
  if (!isValidSlug(slug)) return false
  return (await isPreviewing()) || (await getPublishedSlugs(collection)).has(slug)
}

type Page = { slug: string; summary: string }

/**
 * A published document by slug for a `[slug]` route: a malformed or unknown slug is a 404 (looked up
 * in the list of published slugs first, so it costs no read or cache entry of its own), and an old
 * slug recorded by the CMS answers 308 to where the page lives now.
 */
export async function loadPage<T extends Page>(collection: RoutedCollection, slug: string, find: (slug: string) => Promise<T | undefined>): Promise<T> {
  const doc = (await mayExist(collection, slug)) ? await find(slug) : undefined
  if (doc) return doc
  const moved = await getRedirect(documentPath(collection, slug))
  if (moved) permanentRedirect(moved)
  notFound()
}

/** Title, description, canonical URL and OpenGraph for a `[slug]` page; empty for unknown slugs. */
export async function pageMetadata<T extends Page>(
  collection: RoutedCollection,
  slug: string,
  find: (slug: string) => Promise<T | undefined>,
  title: (doc: T) => string,
): Promise<Metadata> {
  if (!(await mayExist(collection, slug))) return {}
  const doc = await find(slug)
  if (!doc) return {}
  return {
    title: title(doc),
    description: doc.summary,
    alternates: { canonical: documentPath(collection, doc.slug) },
    openGraph: { title: title(doc), description: doc.summary, type: 'article' },
  }
}
