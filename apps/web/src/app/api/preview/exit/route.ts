import { isPreviewPath } from '@kat/domain/preview'
import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  return NextResponse.redirect(new URL(isPreviewPath(path) ? path : '/', request.nextUrl.origin), { status: 307, headers: { 'cache-control': 'no-store' } })
}
