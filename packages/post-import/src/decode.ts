/** Turning an uploaded file's bytes into text, with clear errors for files we cannot read. */
import { detectFormat } from './detect'
import { normalizeText } from './normalize'
import { MAX_IMPORT_BYTES, type DecodeResult } from './types'

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`
const SAVE_AS = 'Save the post as a .txt, .html or .md file and try again.'

/** Share of characters that are control characters other than tab, line feed and carriage return. */
function controlShare(text: string): number {
  if (text.length === 0) return 0
  // eslint-disable-next-line no-control-regex -- control characters are what we count
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0
  return controls / text.length
}

export function decodeSource(file: { name: string; bytes: Uint8Array }): DecodeResult {
  const name = file.name.trim() || 'The file'
  const label = file.name.trim() ? `"${name}"` : name
  const { bytes } = file
  if (bytes.length === 0) return { ok: false, error: `${label} is empty.` }
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `${label} is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}.` }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: `${label} is saved as UTF-16. ${SAVE_AS.replace('file', 'file in UTF-8')}` }
  }
  if (bytes.includes(0)) return { ok: false, error: `${label} is not a text file (it contains binary data). ${SAVE_AS}` }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, error: `${label} is not valid UTF-8 text. ${SAVE_AS.replace('file', 'file in UTF-8')}` }
  }
  if (controlShare(text) > 0.1) return { ok: false, error: `${label} is not a text file (it is mostly control characters). ${SAVE_AS}` }
  if (/^\{\\rtf/.test(text)) return { ok: false, error: `${label} is an RTF document, which is not supported. ${SAVE_AS}` }
  const normalized = normalizeText(text)
  if (!normalized.trim()) return { ok: false, error: `${label} contains only whitespace.` }
  return { ok: true, text: normalized, format: detectFormat(name, normalized) }
}
