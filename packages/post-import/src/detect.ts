/** Which reader a file needs: by extension first, by content when the extension says nothing. */
import type { ImportFormat } from './types'

const BY_EXTENSION: Record<string, ImportFormat> = {
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  txt: 'text', text: 'text',
}

const HTML_TAG = /<\/?(?:p|div|span|h[1-6]|ul|ol|li|a|br|strong|em|b|i|article|section|main|body|head|meta|img|table|blockquote)\b[^>]*>/gi

export function detectFormat(name: string, text: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase()
  const known = extension ? BY_EXTENSION[extension] : undefined
  if (known) return known

  const start = text.replace(/^\ufeff/, '').trimStart().slice(0, 2000).toLowerCase()
  if (/^<(?:!doctype html|html[\s>]|head[\s>]|body[\s>]|article[\s>])/.test(start)) return 'html'
  const sample = text.slice(0, 100_000)
  if ((sample.match(HTML_TAG) ?? []).length >= 3) return 'html'
  if (/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.test(text.replace(/^\ufeff/, ''))) return 'markdown'
  if (/^#{1,6}\s+\S/m.test(sample) || /\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) return 'markdown'
  return 'text'
}
