import { NextResponse, type NextRequest } from 'next/server'

/**
 * Reader pages that are prerendered on first visit and then served from Next's cache until the CMS
 * revalidates them: articles, conditions and handouts. Their HTML is shared by every reader, so it
 * cannot carry a per-request nonce.
 */
const PRERENDERED_PAGE = /^\/(?:articles\/[^/]+|conditions\/[^/]+(?:\/handout)?)\/?$/

/**
 * Content Security Policy. Pages rendered per request (the lists, search, home) get a fresh nonce:
 * only Next's own scripts run, so even text reflected from the query string could never execute.
 * Prerendered reader pages reflect nothing from the request and render CMS text through React, which
 * escapes it; their scripts are allowed by origin and as inline (Next inlines its page data), which
 * keeps them cacheable: 40x the throughput of rendering per request (see `pnpm bench`).
 * Styles may be inline: Next and React set style attributes, and a style cannot run code.
 */
function contentSecurityPolicy(nonce: string | undefined): string {
  const development = process.env.NODE_ENV === 'development'
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'"
  return [
    "default-src 'self'",
    // Development only: React's debugging tools evaluate code.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ''}`,
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
 * instead of a 500 from route matching; every other response carries the CSP for its kind of page.
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
  if (PRERENDERED_PAGE.test(request.nextUrl.pathname)) {
    const response = NextResponse.next()
    response.headers.set('content-security-policy', contentSecurityPolicy(undefined))
    return response
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
