/**
 * Content Security Policy for every page. In production pages carry no inline script at all (the
 * server sends them without Next's client runtime, see src/server/lean-html.ts), so scripts may come
 * from this origin only: text reflected from a query string or stored in the CMS could never run.
 * `next dev` keeps Next's runtime and React's debugging tools, which need inline scripts and eval.
 * Styles may be inline: React sets style attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(): string {
  const development = process.env.NODE_ENV === 'development'
  return [
    "default-src 'self'",
    `script-src 'self'${development ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
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
