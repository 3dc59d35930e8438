import { NextResponse, type NextRequest } from 'next/server'

import { contentSecurityPolicy } from '@/lib/content-security-policy'

/** Paths of the prerendered reader pages: only malformed ones reach the proxy (see `config`). */
const PRERENDERED_PAGE = /^\/(?:articles\/[^/]+|conditions\/[^/]+(?:\/handout)?)\/?$/

/**
 * Every request: a path with broken percent-encoding (e.g. `/conditions/%E0%A4%A`) is a plain 400
 * instead of a 500 from route matching; every other response carries the CSP, with a fresh nonce
 * where the page is rendered per request.
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
    // A 404 from a prerendered route is cached like its pages: the same policy, without a nonce.
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
  // Not for static files, nor for the prerendered reader pages (well-formed slugs only): the proxy
  // would cost them half their throughput (see `pnpm bench`), and their CSP is set in next.config.ts.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|articles/[a-z0-9-]+$|conditions/[a-z0-9-]+$|conditions/[a-z0-9-]+/handout$).*)'],
}
