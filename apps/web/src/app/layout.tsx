import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { CrisisHelp } from '@/components/CrisisHelp'
import { MandatoryDisclaimer } from '@/components/MandatoryDisclaimer'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteHeader } from '@/components/SiteHeader'
import { getRequiredDisclaimers, getSiteSettings } from '@/lib/content'
import { neverPrerenderAtBuild } from '@/lib/rendering'
import { siteUrl } from '@/lib/site-url'

import './globals.css'

export function generateMetadata(): Metadata {
  return {
    // Absolute canonical and OpenGraph URLs on the public address; Next would otherwise use localhost.
    metadataBase: new URL(siteUrl()),
    title: { default: 'Ketamine Therapy Guide', template: '%s · Ketamine Therapy Guide' },
    description: 'Clear, clinically reviewed information about ketamine-assisted therapy for patients and families.',
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await neverPrerenderAtBuild()
  const [settings, disclaimers] = await Promise.all([getSiteSettings(), getRequiredDisclaimers('all')])
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <PreviewBanner />
        <CrisisHelp settings={settings} />
        <SiteHeader siteName={settings?.siteName || 'Ketamine Therapy Guide'} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-slate-50">
          <MandatoryDisclaimer disclaimers={disclaimers} />
          {settings?.footer ? <p className="mx-auto max-w-5xl px-4 pb-6 text-sm text-slate-600">{settings.footer}</p> : null}
        </footer>
      </body>
    </html>
  )
}
