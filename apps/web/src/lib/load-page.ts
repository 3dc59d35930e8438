import 'server-only'

import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { getRedirect } from './content'

const SLUG = /^[a-z0-9-]{1,120}$/

type Page = { slug: string; summary: string }

/**
 * A published document by slug for a `[slug]` route: a malformed or unknown slug is a 404, and an old
 * slug recorded by the CMS answers 308 to where the page lives now.
 */
export async function loadPage<T extends Page>(section: 'articles' | 'conditions', slug: string, find: (slug: string) => Promise<T | undefined>): Promise<T> {
  if (!SLUG.test(slug)) notFound()
  const doc = await find(slug)
  if (doc) return doc
  const moved = await getRedirect(`/${section}/${slug}`)
  if (moved) permanentRedirect(moved)
  notFound()
}

/** Title, description, canonical URL and OpenGraph for a `[slug]` page; empty for unknown slugs. */
export async function pageMetadata<T extends Page>(
  section: 'articles' | 'conditions',
  slug: string,
  find: (slug: string) => Promise<T | undefined>,
  title: (doc: T) => string,
): Promise<Metadata> {
  if (!SLUG.test(slug)) return {}
  const doc = await find(slug)
  if (!doc) return {}
  return {
    title: title(doc),
    description: doc.summary,
    alternates: { canonical: `/${section}/${doc.slug}` },
    openGraph: { title: title(doc), description: doc.summary, type: 'article' },
  }
}
