import type React from 'react'

import { PageFrame } from '@/components/PageFrame'

/** Condition pages and their handouts: the required disclaimers for all pages and for conditions. */
export default function ConditionLayout({ children }: { children: React.ReactNode }) {
  return <PageFrame scope="conditions">{children}</PageFrame>
}
