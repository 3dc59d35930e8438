import { routesFor, type Locale } from '@kat/contract'
import Link from 'next/link'

import { translator } from '@/i18n'

const NAV_LINK = 'inline-flex min-h-6 items-center underline-offset-4 hover:underline'

export function SiteHeader({ siteName, locale }: { siteName: string; locale: Locale }) {
  const t = translator(locale, 'Nav')
  const at = routesFor(locale)
  const links = [
    { href: at.conditions(), label: t('conditions') },
    { href: at.articles(), label: t('articles') },
    { href: at.contraindications(), label: t('safety') },
    { href: at.share(), label: t('packets') },
  ]
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href={at.home()} className="inline-flex min-h-6 items-center text-lg font-bold text-teal-900">
          {siteName}
        </Link>
        <nav aria-label={t('label')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base">
            {links.map((link) => (
              <li key={link.href}>
                <Link className={NAV_LINK} href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
