import type { Locale } from '@kat/contract'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ConditionsPage, conditionsMetadata } from '@/components/lists/ConditionsPage'
import { ContraindicationsPage, contraindicationsMetadata } from '@/components/lists/ContraindicationsPage'
import { HomePage } from '@/components/lists/HomePage'
import { localeAlternates } from '@/lib/alternates'

/**
 * The home page, the conditions A–Z and the contraindications, served at `/`, `/conditions` and
 * `/contraindications` (and under `/es`; rewrites in next.config.ts). As a `[list]` route they are
 * prerendered on their first visit and then served from Next's cache until a CMS notice expires one of
 * their tags, like the document pages; a route of their own would be frozen at build time, when no CMS
 * runs. The server answers `/cached/…` itself with 404: these pages have one address each.
 */
const LISTS: Record<string, { Page: (props: { locale: Locale }) => Promise<React.ReactNode>; metadata: (locale: Locale) => Metadata }> = {
  home: { Page: HomePage, metadata: (locale) => ({ alternates: localeAlternates('/', locale) }) },
  conditions: { Page: ConditionsPage, metadata: conditionsMetadata },
  contraindications: { Page: ContraindicationsPage, metadata: contraindicationsMetadata },
}

type Props = { params: Promise<{ list: string }> }

/** The cached lists in one language: each language's `[list]` route file is this, once. */
export function cachedList(locale: Locale) {
  async function CachedList({ params }: Props) {
    const list = LISTS[(await params).list]
    if (!list) notFound()
    return <list.Page locale={locale} />
  }
  return {
    Page: CachedList,
    generateStaticParams: async (): Promise<{ list: string }[]> => [],
    generateMetadata: async ({ params }: Props): Promise<Metadata> => LISTS[(await params).list]?.metadata(locale) ?? {},
  }
}
