/**
 * True for absolute http(s) URLs only. Rejects javascript:, data:, vbscript:, file: and the like,
 * including when disguised with case, whitespace or control characters.
 */
export function isSafeHttpUrl(value: string): boolean {
  // Browsers ignore leading spaces/control characters and tabs/newlines inside the scheme.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  const cleaned = value.replace(/[\u0000-\u0020\u007f]+/g, '')
  if (cleaned !== value.trim()) return false
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return false
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
}

/** Links inside rich text may also be site-relative ("/conditions/ptsd"), mail or phone links. */
export function isSafeLinkUrl(value: string): boolean {
  const trimmed = value.trim()
  // eslint-disable-next-line no-control-regex -- a control character inside a link is an attack, not a typo
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return !/[\u0000-\u001f]/.test(trimmed)
  if (/^(mailto|tel|sms):[^\s]+$/i.test(trimmed)) return true
  return isSafeHttpUrl(trimmed)
}
