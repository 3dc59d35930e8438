'use client'

import { PageShell } from '@/components/PageShell'

// Rendered in place of a page type's layout. A client component cannot read the CMS, so the footer
// carries the built-in disclaimer (the CMS is most likely what failed).
export default function ErrorPage(_props: { error: Error; reset: () => void }) {
  return (
    <PageShell>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold">This page is not available right now</h1>
        <p className="mt-4 text-lg text-slate-700">
          We could not load this information. Please try again in a moment. If you need help now, use the crisis
          contacts at the top of this page.
        </p>
        {/* A plain link to this page again: reader pages run no client code. */}
        <a href="" className="mt-6 inline-flex min-h-11 items-center rounded bg-teal-800 px-4 py-2 text-white">
          Try again
        </a>
      </section>
    </PageShell>
  )
}
