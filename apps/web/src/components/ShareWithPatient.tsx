import type { Locale } from '@kat/contract'
import Link from 'next/link'

import { translator } from '@/i18n'

import { QrCode } from './QrCode'
import { ShareLink } from './ShareLink'

/** For clinicians: the page's stable link, a QR code, a printable handout and a packet with other topics. */
export function ShareWithPatient({ url, handoutPath, packetPath, locale }: { url: string; handoutPath: string; packetPath: string; locale: Locale }) {
  const t = translator(locale, 'Share')
  return (
    <section aria-labelledby="share-heading" className="mt-10 rounded-md border border-slate-200 p-4 print:hidden">
      <h2 id="share-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <div className="mt-3 flex flex-wrap items-start gap-6">
        <QrCode url={url} size={128} locale={locale} />
        <ShareLink id="share-url" label={t('pageLink')} url={url} locale={locale}>
          <Link href={handoutPath} className="inline-flex min-h-11 items-center rounded bg-teal-800 px-3 py-2 font-medium text-white hover:bg-teal-900">
            {t('handout')}
          </Link>
          <Link href={packetPath} className="inline-flex min-h-11 items-center rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50">
            {t('addToPacket')}
          </Link>
        </ShareLink>
      </div>
    </section>
  )
}
