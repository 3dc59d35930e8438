/**
 * Content Security Policy. Pages rendered per request (the lists, search, home) get a fresh nonce:
 * only Next's own scripts run, so even text reflected from the query string could never execute.
 * Prerendered reader pages (articles, conditions, handouts) are one cached HTML for every reader, so
 * they cannot carry a per-request nonce; they reflect nothing from the request and render CMS text
 * through React, which escapes it, and their scripts are allowed by origin and inline (Next inlines
 * its page data). Styles may be inline: Next and React set style attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string | undefined): string {
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
 * The prerendered reader pages, as next.config `headers()` sources. Only well-formed slugs: any other
 * path under them goes through the proxy like every other page.
 */
export const PRERENDERED_PAGE_SOURCES = ['/articles/:slug([a-z0-9-]+)', '/conditions/:slug([a-z0-9-]+)', '/conditions/:slug([a-z0-9-]+)/handout']
