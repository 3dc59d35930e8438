import { routes } from '@kat/contract'
import Link from 'next/link'

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href={routes.home()} className="inline-flex min-h-6 items-center text-lg font-bold text-teal-900">
          {siteName}
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-base">
            <li>
              <Link className="inline-flex min-h-6 items-center underline-offset-4 hover:underline" href={routes.conditions()}>
                Conditions
              </Link>
            </li>
            <li>
              <Link className="inline-flex min-h-6 items-center underline-offset-4 hover:underline" href={routes.articles()}>
                Articles
              </Link>
            </li>
            <li>
              <Link className="inline-flex min-h-6 items-center underline-offset-4 hover:underline" href={routes.contraindications()}>
                Is it safe for me?
              </Link>
            </li>
            <li>
              <Link className="inline-flex min-h-6 items-center underline-offset-4 hover:underline" href={routes.share()}>
                Patient packets
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
