import Link from 'next/link'

import { QrCode } from './QrCode'
import { ShareLink } from './ShareLink'

/** For clinicians: the page's stable link, a QR code, a printable handout and a packet with other topics. */
export function ShareWithPatient({ url, handoutPath, packetPath }: { url: string; handoutPath: string; packetPath: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10 rounded-md border border-slate-200 p-4 print:hidden">
      <h2 id="share-heading" className="text-xl font-semibold">
        Share with a patient
      </h2>
      <div className="mt-3 flex flex-wrap items-start gap-6">
        <QrCode url={url} size={128} />
        <ShareLink id="share-url" label="Link to this page" url={url}>
          <Link
            href={handoutPath}
            className="inline-flex min-h-11 items-center rounded bg-teal-800 px-3 py-2 font-medium text-white hover:bg-teal-900"
          >
            Printable handout
          </Link>
          <Link href={packetPath} className="inline-flex min-h-11 items-center rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50">
            Add to a packet
          </Link>
        </ShareLink>
      </div>
    </section>
  )
}
