import { NextResponse, type NextRequest } from 'next/server'

/**
 * Turns a path with broken percent-encoding (e.g. `/conditions/%E0%A4%A`) into a plain 400 instead of
 * letting route matching throw a 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return NextResponse.next()
  } catch {
    return new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
