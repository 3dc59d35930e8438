import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { CrisisHelp } from '@/components/CrisisHelp'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteHeader } from '@/components/SiteHeader'
import { getSiteSettings } from '@/lib/content'
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
  const settings = await getSiteSettings()
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
        {/* Main content and footer come from each page type's layout (PageFrame), with its disclaimers. */}
        {children}
      </body>
    </html>
  )
}
