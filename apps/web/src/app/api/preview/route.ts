import { verifyPreviewQuery } from '@kat/domain/preview'
import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

/** Opened by the admin's Preview button: checks the signed link, turns on draft mode, shows the page. */
export async function GET(request: NextRequest) {
  const check = verifyPreviewQuery(process.env.PREVIEW_SECRET ?? '', request.nextUrl.searchParams)
  if (!check.ok) {
    return new NextResponse(`${check.reason}\n`, { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  }
  ;(await draftMode()).enable()
  return NextResponse.redirect(new URL(check.path, request.nextUrl.origin), { status: 307, headers: { 'cache-control': 'no-store' } })
}
