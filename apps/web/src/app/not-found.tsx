import { routes } from '@kat/contract'
import Link from 'next/link'

import { PageFrame } from '@/components/PageFrame'

// Rendered in place of a page type's layout (also for unknown slugs), so it brings its own frame.
export default function NotFound() {
  return (
    <PageFrame scope="all">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4 text-lg text-slate-700">
          We could not find that page. It may have moved. Try the{' '}
          <Link href={routes.home()} className="underline">
            home page
          </Link>
          .
        </p>
      </section>
    </PageFrame>
  )
}
