import 'server-only'

import type { Config } from '@kat/cms-types'
import type { Locale } from '@kat/contract'
import { PayloadSDK } from '@payloadcms/sdk'

/** Where the portal reaches the CMS, server side. */
export const cmsUrl = (): string => (process.env.CMS_URL || 'http://localhost:3001').replace(/\/+$/, '')

let client: PayloadSDK<Config> | undefined

/** Typed REST client for the CMS (Payload's SDK); never imports Payload's runtime. */
export function cms(): PayloadSDK<Config> {
  client ??= new PayloadSDK<Config>({ baseURL: `${cmsUrl()}/api` })
  return client
}

/**
 * Fetch options for the Next data cache: kept until a CMS hook revalidates one of the tags (see
 * `cacheTags` in @kat/contract), so pages stay fast and survive a CMS restart.
 */
export const cached = (...tags: string[]): RequestInit => ({ cache: 'force-cache', next: { tags } })

/**
 * How a read asks for a language: English as before (the default locale); any other with no fallback,
 * so a field without its translation comes back empty instead of in English (see `approvedIn`).
 * Payload's REST takes `fallback-locale=none`; the SDK's type has only `false`, which it drops.
 */
export const inLocale = (locale: Locale) => (locale === 'en' ? {} : { locale, fallbackLocale: 'none' as unknown as Locale })
