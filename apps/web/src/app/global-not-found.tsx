import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { localeOfHeader, NOT_FOUND_LOCALE_HEADER } from '@/lib/locale-header'
import { notFoundPage } from '@/views/not-found'
import { rootLayout } from '@/views/root-layout'

import './globals.css'

/** Every 404: the not-found page in the language of the address asked for, in that language's whole frame. */
export default async function GlobalNotFound() {
  const locale = localeOfHeader((await headers()).get(NOT_FOUND_LOCALE_HEADER))
  const { Layout } = rootLayout(locale)
  const NotFound = notFoundPage(locale)
  return (
    <Layout>
      <NotFound />
    </Layout>
  )
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = localeOfHeader((await headers()).get(NOT_FOUND_LOCALE_HEADER))
  return { ...rootLayout(locale).generateMetadata(), title: notFoundPage.title(locale), robots: { index: false } }
}
