import { NextResponse, type NextRequest } from 'next/server'

/**
 * Content Security Policy with a fresh nonce per request: Next puts the nonce on its own scripts, and no
 * other inline script can run (no 'unsafe-inline' for scripts). Styles may be inline: Next and React
 * set style attributes, and a style cannot run code.
 */
function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === 'development'
  return [
    "default-src 'self'",
    // Development only: React's debugging tools evaluate code.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Every request: a path with broken percent-encoding (e.g. `/conditions/%E0%A4%A`) is a plain 400
 * instead of a 500 from route matching; every other response carries the CSP.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy(nonce)
  const requestHeaders = new Headers(request.headers)
  // Next reads the policy from the request to find the nonce for its scripts.
  requestHeaders.set('content-security-policy', policy)
  requestHeaders.set('x-nonce', nonce)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
