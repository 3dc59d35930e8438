import { redirectSourcePath } from '@kat/contract'
import { notFound, permanentRedirect } from 'next/navigation'

import { getRedirect } from '@/lib/content'

/**
 * Any other path: an address of a clinic's old blog whose post was imported and published answers 308
 * to the article (the CMS records it on publish); everything else is the 404 page.
 */
export default async function OldAddress({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  const from = redirectSourcePath(`/${path.map(encodeURIComponent).join('/')}`)
  const to = from ? await getRedirect(from) : undefined
  if (to) permanentRedirect(to)
  notFound()
}
