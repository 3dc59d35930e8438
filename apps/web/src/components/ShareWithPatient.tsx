import Link from 'next/link'

import { CopyLinkButton } from './CopyLinkButton'
import { QrCode } from './QrCode'

/** For clinicians: the page's stable link, a QR code and a printable handout. */
export function ShareWithPatient({ url, handoutPath }: { url: string; handoutPath: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10 rounded-md border border-slate-200 p-4 print:hidden">
      <h2 id="share-heading" className="text-xl font-semibold">
        Share with a patient
      </h2>
      <div className="mt-3 flex flex-wrap items-start gap-6">
        <QrCode url={url} size={128} />
        <div className="min-w-0 flex-1 space-y-3">
          <label className="block text-sm font-medium" htmlFor="share-url">
            Link to this page
          </label>
          <input id="share-url" readOnly value={url} className="w-full rounded border border-slate-400 px-2 py-2 text-sm" />
          <div className="flex flex-wrap gap-3">
            <CopyLinkButton url={url} />
            <Link
              href={handoutPath}
              className="inline-flex min-h-11 items-center rounded bg-teal-800 px-3 py-2 font-medium text-white hover:bg-teal-900"
            >
              Printable handout
            </Link>
          </div>
        </div>
      </div>
    </section>
  )
}
