import 'server-only'

import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { connection } from 'next/server'

/**
 * No page is frozen at build time, when no CMS may be running: pages Next would prerender during the
 * build (the home page, the lists, the 404) render per request instead, from the data cache. Pages first
 * rendered at run time (see `prerenderOnFirstVisit`) are unaffected and stay cacheable.
 */
export async function neverPrerenderAtBuild(): Promise<void> {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) await connection()
}

/**
 * `generateStaticParams` for `[slug]` reader pages: nothing at build time, each page prerendered on
 * its first visit and then served from Next's cache until a CMS hook revalidates its tags or path.
 */
export const prerenderOnFirstVisit = async (): Promise<{ slug: string }[]> => []
