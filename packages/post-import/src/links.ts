/** Which link addresses survive an import: http(s) and mailto only; relative ones need a base. */

export type LinkDecision = { url: string; warning: null } | { url: null; warning: string | null }

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text)

export function resolveLink(href: string, base: string | null): LinkDecision {
  const trimmed = href.trim()
  if (!trimmed || trimmed.startsWith('#')) return { url: null, warning: null }
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so do we when judging it.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  const squeezed = trimmed.replace(/[\u0000-\u0020\u007f]+/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase()
  if (scheme === 'mailto') {
    return /^mailto:[^\s]+@[^\s]+$/i.test(trimmed) ? { url: trimmed, warning: null } : { url: null, warning: `Link with invalid e-mail address dropped: ${shorten(trimmed)}` }
  }
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    const kind = ['javascript', 'vbscript', 'data', 'file', 'blob'].includes(scheme) ? 'unsafe' : 'unsupported'
    return { url: null, warning: `Link with ${kind} address dropped: ${shorten(trimmed)}` }
  }
  if (scheme) {
    if (squeezed !== trimmed.replace(/\s+/g, '') || !URL.canParse(trimmed)) {
      return { url: null, warning: `Link with invalid address dropped: ${shorten(trimmed)}` }
    }
    return { url: new URL(trimmed).href, warning: null }
  }
  // Relative, including protocol-relative "//example.org/page".
  const resolved = base && URL.canParse(trimmed, base) ? new URL(trimmed, base) : null
  if (trimmed.startsWith('//') && !resolved && URL.canParse(`https:${trimmed}`)) return { url: new URL(`https:${trimmed}`).href, warning: null }
  if (!resolved) return { url: null, warning: `Relative link dropped (no canonical address to resolve it against): ${shorten(trimmed)}` }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return { url: null, warning: `Link with unsupported address dropped: ${shorten(trimmed)}` }
  return { url: resolved.href, warning: null }
}
