import type React from 'react'

import { PageFrame } from '@/components/PageFrame'

/** Article pages: the required disclaimers for all pages and for articles. */
export default function ArticleLayout({ children }: { children: React.ReactNode }) {
  return <PageFrame scope="articles">{children}</PageFrame>
}
