import { parseRevalidationRequest, REVALIDATE_SECRET_HEADER, type RevalidationResponse } from '@kat/contract'
import { secretsMatch } from '@kat/contract/secret'
import { revalidatePath, revalidateTag } from 'next/cache'
import { NextResponse, type NextRequest } from 'next/server'

import { clearPages } from '@/server/page-cache'

/** Called by the CMS hooks after a change: expires the given cache tags and paths at once. */
export async function POST(request: NextRequest) {
  const given = request.headers.get(REVALIDATE_SECRET_HEADER) ?? request.headers.get('authorization')?.replace(/^Bearer /i, '') ?? null
  if (!secretsMatch(process.env.REVALIDATE_SECRET, given)) {
    return NextResponse.json({ error: 'Invalid or missing revalidation secret.' }, { status: 401 })
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return NextResponse.json({ error: 'Body must be valid JSON.' }, { status: 400 })
  }
  const parsed = parseRevalidationRequest(body)
  if ('error' in parsed) return NextResponse.json({ error: parsed.error }, { status: 400 })

  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 })
  for (const path of parsed.paths) revalidatePath(path)
  // The root layout's implicit tag is on every page and every read made for one: all of them expire.
  if (parsed.everything) revalidatePath('/', 'layout')
  // The server's kept pages go too: each is fetched fresh from Next once more. With a shared cache
  // every instance drops them once the tags are gone from Redis (src/server/shared-cache.ts).
  if (!process.env.REDIS_URL) clearPages()
  return NextResponse.json({ revalidated: true, ...parsed, now: Date.now() } satisfies RevalidationResponse)
}
