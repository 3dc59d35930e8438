import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ConditionsPage, conditionsMetadata } from '@/components/lists/ConditionsPage'
import { ContraindicationsPage, contraindicationsMetadata } from '@/components/lists/ContraindicationsPage'
import { HomePage } from '@/components/lists/HomePage'

/**
 * The home page, the conditions A–Z and the contraindications, served at `/`, `/conditions` and
 * `/contraindications` (rewrites in next.config.ts). As a `[list]` route they are prerendered on their
 * first visit and then served from Next's cache until a CMS notice expires one of their tags, like the
 * document pages; a route of their own would be frozen at build time, when no CMS runs. The server
 * answers `/cached/…` itself with 404: these pages have one address each.
 */
const LISTS: Record<string, { Page: () => Promise<React.ReactNode>; metadata: Metadata }> = {
  home: { Page: HomePage, metadata: {} },
  conditions: { Page: ConditionsPage, metadata: conditionsMetadata },
  contraindications: { Page: ContraindicationsPage, metadata: contraindicationsMetadata },
}

type Props = { params: Promise<{ list: string }> }

export const generateStaticParams = async (): Promise<{ list: string }[]> => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return LISTS[(await params).list]?.metadata ?? {}
}

export default async function CachedList({ params }: Props) {
  const list = LISTS[(await params).list]
  if (!list) notFound()
  return <list.Page />
}
