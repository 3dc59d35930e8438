import { localizedPath, redirectSourcePath, type Locale } from '@kat/contract'
import { notFound, permanentRedirect } from 'next/navigation'

import { getRedirect } from '@/lib/content'

type Props = { params: Promise<{ path: string[] }> }

/**
 * Any other path: an address of a clinic's old blog whose post was imported and published answers 308
 * to the article (the CMS records it on publish), in the language of the prefix it came under;
 * everything else is the 404 page.
 */
export function oldAddress(locale: Locale) {
  return async function OldAddress({ params }: Props) {
    const { path } = await params
    const from = redirectSourcePath(`/${path.map(encodeURIComponent).join('/')}`)
    const to = from ? await getRedirect(from) : undefined
    if (to) permanentRedirect(to.startsWith('/') ? localizedPath(to, locale) : to)
    notFound()
  }
}
