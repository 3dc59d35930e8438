import type { Locale } from '@kat/contract'
import type { Metadata } from 'next'
import type React from 'react'

import { CrisisHelp } from '@/components/CrisisHelp'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteHeader } from '@/components/SiteHeader'
import { translator } from '@/i18n'
import { getSiteSettings } from '@/lib/content'
import { neverPrerenderAtBuild } from '@/lib/rendering'
import { siteUrl } from '@/lib/site-url'

/**
 * The root layout of one language: `<html lang>`, crisis help and the header in that language. Each
 * language is a route group with a root layout of its own, so a page's language is known where the
 * document starts, with no request header read (pages stay cacheable).
 */
export function rootLayout(locale: Locale) {
  const t = translator(locale, 'Site')

  async function RootLayout({ children }: { children: React.ReactNode }) {
    await neverPrerenderAtBuild()
    const settings = await getSiteSettings(locale)
    return (
      <html lang={locale}>
        <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
            {t('skipToContent')}
          </a>
          <PreviewBanner locale={locale} />
          <CrisisHelp settings={settings} locale={locale} />
          <SiteHeader siteName={settings?.siteName || t('name')} locale={locale} />
          {/* Main content and footer come from each page type's layout (PageFrame), with its disclaimers. */}
          {children}
        </body>
      </html>
    )
  }

  return {
    Layout: RootLayout,
    // Absolute canonical and OpenGraph URLs on the public address; Next would otherwise use localhost.
    generateMetadata: (): Metadata => ({ metadataBase: new URL(siteUrl()), title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('description') }),
  }
}
