import type React from 'react'

import { PageFrame } from '@/components/PageFrame'

/** Home, lists and the contraindications page: the site-wide required disclaimers. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <PageFrame scope="all">{children}</PageFrame>
}
