/** Identity and change detection for imports. */
import { createHash } from 'node:crypto'

import { comparableText } from './normalize'
import type { PostMetadata, SourceEntry } from './types'

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid|ref)$/i

/**
 * A canonical address in the form that identifies the page: scheme, "www.", fragment, tracking
 * parameters, default ports and a trailing slash do not count. Null for anything but http(s).
 */
export function canonicalUrlKey(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a], [b]) => a.localeCompare(b))
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : ''
  const path = parsed.pathname.replace(/\/+$/, '') || '/'
  return `${host}${path}${query}`
}

/** sha256 of the canonical address when there is one, else of the title in comparable form. */
export function computeSourceKey(canonicalUrl: string | null, title: string): string {
  const urlKey = canonicalUrl ? canonicalUrlKey(canonicalUrl) : null
  return sha256Hex(urlKey ? `url:${urlKey}` : `title:${comparableText(title)}`)
}

export interface HashedContent {
  title: string
  summary: string | null
  markdown: string
  sources: readonly SourceEntry[]
  disclaimer: string | null
  metadata: PostMetadata
}

/** sha256 of the parsed content in a fixed order; the input format does not count, only what was read. */
export function computeContentHash(content: HashedContent): string {
  const normalized = {
    title: content.title.trim(),
    summary: content.summary,
    markdown: content.markdown.trim(),
    sources: content.sources.map((source) => [source.raw, source.title, source.doi, source.pmid, source.url, source.authors, source.journal, source.year]),
    disclaimer: content.disclaimer,
    metadata: [
      content.metadata.author,
      content.metadata.publishedAt,
      [...content.metadata.categories].sort(),
      content.metadata.canonicalUrl ? canonicalUrlKey(content.metadata.canonicalUrl) : null,
      // Only when present, so posts without tags keep the hash they had before tags were read.
      ...(content.metadata.tags.length > 0 ? [[...content.metadata.tags].sort()] : []),
    ],
  }
  return sha256Hex(JSON.stringify(normalized))
}
