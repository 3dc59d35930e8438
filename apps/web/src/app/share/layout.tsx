import type React from 'react'

import { PageFrame } from '@/components/PageFrame'

/** The packet builder and packets: the site-wide required disclaimers. */
export default function ShareLayout({ children }: { children: React.ReactNode }) {
  return <PageFrame scope="all">{children}</PageFrame>
}
