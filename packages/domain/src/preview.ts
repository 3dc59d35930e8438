import { createHmac } from 'node:crypto'
import { secretsMatch } from '@kat/contract/secret'

/**
 * Signed links that open the portal in draft mode. The CMS signs a portal path and an expiry time
 * with PREVIEW_SECRET; the portal checks both before it shows unpublished content. The secret itself
 * never reaches a browser. Server-only (node:crypto), hence its own export path.
 */

/** How long a preview link from the admin stays valid. */
export const PREVIEW_LINK_LIFETIME_MS = 60 * 60 * 1000

const sign = (secret: string, path: string, expires: number) => createHmac('sha256', secret).update(`${path}\n${expires}`).digest('base64url')

/** A portal path a preview may open: site-relative, no scheme, no protocol-relative `//host`. */
export const isPreviewPath = (path: string): boolean => /^\/(?![/\\])[\w\-./%]*$/.test(path) && path.length <= 300

export function createPreviewQuery(secret: string, path: string, now = Date.now()): URLSearchParams {
  if (!isPreviewPath(path)) throw new Error(`Not a portal path: ${path}`)
  const expires = now + PREVIEW_LINK_LIFETIME_MS
  return new URLSearchParams({ path, expires: String(expires), token: sign(secret, path, expires) })
}

export type PreviewCheck = { ok: true; path: string } | { ok: false; reason: string }

/** Checks a preview link's query: a portal path, a future expiry, and the signature of both. */
export function verifyPreviewQuery(secret: string, query: URLSearchParams, now = Date.now()): PreviewCheck {
  const path = query.get('path') ?? ''
  const expiresText = query.get('expires') ?? ''
  const token = query.get('token') ?? ''
  if (!secret) return { ok: false, reason: 'Preview is not configured.' }
  if (!isPreviewPath(path)) return { ok: false, reason: 'The preview link has no valid page path.' }
  if (!/^\d{1,15}$/.test(expiresText)) return { ok: false, reason: 'The preview link has no valid expiry.' }
  const expires = Number(expiresText)
  if (expires < now) return { ok: false, reason: 'The preview link has expired: open it again from the admin.' }
  if (expires > now + PREVIEW_LINK_LIFETIME_MS) return { ok: false, reason: 'The preview link has no valid expiry.' }
  if (!secretsMatch(sign(secret, path, expires), token)) return { ok: false, reason: 'The preview link is not valid.' }
  return { ok: true, path }
}

/** Server-to-server: the header with which the portal asks the CMS for drafts (checked with `secretsMatch`). */
export const PREVIEW_HEADER = 'x-preview-secret'
