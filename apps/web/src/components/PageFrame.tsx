import type { DisclaimerScope, Locale } from '@kat/contract'
import type React from 'react'

import { getRequiredDisclaimers, getSiteSettings } from '@/lib/content'
import { neverPrerenderAtBuild } from '@/lib/rendering'

import { PageShell } from './PageShell'

/**
 * A page with the required disclaimers of its type (scope "all" plus "articles" or "conditions") and
 * the site's footer text. Rendered by the layout of each page type, since the root layout cannot know
 * which page it wraps without making every page dynamic.
 */
export async function PageFrame({ scope, locale, children }: { scope: DisclaimerScope; locale: Locale; children: React.ReactNode }) {
  // Rendered beside the root layout, not after it: it holds back at build time on its own.
  await neverPrerenderAtBuild()
  const [settings, disclaimers] = await Promise.all([getSiteSettings(locale), getRequiredDisclaimers(scope, locale)])
  return (
    <PageShell disclaimers={disclaimers} footer={settings?.footer} locale={locale}>
      {children}
    </PageShell>
  )
}

/** The layout of one page type in one language: each route's layout file is this, once. */
export const frameLayout = (scope: DisclaimerScope, locale: Locale) =>
  function FrameLayout({ children }: { children: React.ReactNode }) {
    return (
      <PageFrame scope={scope} locale={locale}>
        {children}
      </PageFrame>
    )
  }
