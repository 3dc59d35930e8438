import type { Locale, RoutedCollection } from '@kat/contract'
import type { Metadata } from 'next'
import type React from 'react'

import { Untranslated } from '@/components/Untranslated'
import { loadPage, pageMetadata } from '@/lib/load-page'
import { prerenderOnFirstVisit } from '@/lib/rendering'
import { approvedIn } from '@/lib/translation'

type Props = { params: Promise<{ slug: string }> }

type DocumentRoute<T> = {
  collection: RoutedCollection
  find: (slug: string, locale: Locale) => Promise<T | undefined>
  title: (doc: T) => string | null | undefined
  /** The same page in English, linked when this language has no approved version. */
  englishPath: (slug: string) => string
  render: (doc: T) => Promise<React.ReactNode> | React.ReactNode
}

/**
 * A `[slug]` page of one document in one language: prerendered on its first visit, a 404 or a redirect
 * for unknown or moved slugs, and, where the translation is not approved, a page that says so and links
 * the English one instead of the document.
 */
export function documentRoute<T extends { slug: string; summary: string }>(route: DocumentRoute<T>, locale: Locale) {
  async function DocumentPage({ params }: Props) {
    const { slug } = await params
    const doc = await loadPage(route.collection, slug, route.find, locale)
    if (approvedIn(locale, doc, route.title(doc))) return route.render(doc)
    const english = await loadPage(route.collection, slug, route.find, 'en')
    return <Untranslated locale={locale} englishPath={route.englishPath(doc.slug)} englishTitle={route.title(english) ?? ''} />
  }
  return {
    Page: DocumentPage,
    generateStaticParams: prerenderOnFirstVisit,
    generateMetadata: ({ params }: Props): Promise<Metadata> => params.then(({ slug }) => pageMetadata(route.collection, slug, route.find, route.title, locale)),
  }
}
