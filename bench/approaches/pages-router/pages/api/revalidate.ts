import { parseRevalidationRequest, REVALIDATE_SECRET_HEADER } from '@kat/contract'
import { secretsMatch } from '@kat/contract/secret'
import type { NextApiRequest, NextApiResponse } from 'next'

/**
 * The portal's revalidation notice, as far as the Pages Router can take it: it re-renders paths only
 * (it has no cache tags), so a change to an embedded citation would have to name every page citing it.
 * `pnpm bench` calls it after each publish, standing in for the CMS hook, which notifies the portal only.
 */
export default async function revalidate(request: NextApiRequest, response: NextApiResponse) {
  if (request.method !== 'POST') return response.status(405).json({ error: 'POST only.' })
  if (!secretsMatch(process.env.REVALIDATE_SECRET, request.headers[REVALIDATE_SECRET_HEADER.toLowerCase()]?.toString())) {
    return response.status(401).json({ error: 'Invalid or missing revalidation secret.' })
  }
  const parsed = parseRevalidationRequest(request.body)
  if ('error' in parsed) return response.status(400).json({ error: parsed.error })
  await Promise.all(parsed.paths.map((path) => response.revalidate(path)))
  return response.json({ revalidated: true, paths: parsed.paths })
}
