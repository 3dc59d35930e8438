import { describe, expect, it } from 'vitest'

import { decodeSource } from './decode'
import { MAX_IMPORT_BYTES } from './types'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeSource', () => {
  it('decodes UTF-8, strips a BOM, normalises CRLF and CR, and detects the format', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nFirst line\rSecond line')])
    expect(decodeSource({ name: 'post.txt', bytes })).toEqual({ ok: true, text: 'Title\n\nFirst line\nSecond line', format: 'text' })
    expect(decodeSource({ name: 'export', bytes: utf8('---\ntitle: A\n---\nBody') })).toMatchObject({ ok: true, format: 'markdown' })
  })

  it('rejects empty and whitespace-only files, naming the file', () => {
    expect(decodeSource({ name: 'empty.txt', bytes: new Uint8Array() })).toEqual({ ok: false, error: '"empty.txt" is empty.' })
    expect(decodeSource({ name: 'blank.md', bytes: utf8(' \n\t\r\n \u00a0') })).toEqual({ ok: false, error: '"blank.md" contains only whitespace.' })
  })

  it('rejects files over the size limit before reading them', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)
    expect(decodeSource({ name: 'huge.txt', bytes })).toEqual({ ok: false, error: '"huge.txt" is 5.0 MB; the limit is 5.0 MB.' })
    expect(decodeSource({ name: 'limit.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES).fill(0x61) }).ok).toBe(true)
  })

  it('rejects binary files: NUL bytes, or mostly control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    expect(decodeSource({ name: 'photo.png', bytes: png })).toEqual({
      ok: false,
      error: '"photo.png" is not a text file (it contains binary data). Save the post as a .txt, .html or .md file and try again.',
    })
    const controls = new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x42, 0x04, 0x05, 0x06, 0x43, 0x07])
    expect(decodeSource({ name: 'odd.txt', bytes: controls })).toMatchObject({ ok: false, error: expect.stringContaining('mostly control characters') })
  })

  it('rejects text that is not UTF-8, UTF-16 files and RTF documents', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' and more text')])
    expect(decodeSource({ name: 'latin1.txt', bytes: latin1 })).toEqual({
      ok: false,
      error: '"latin1.txt" is not valid UTF-8 text. Save the post as a .txt, .html or .md file in UTF-8 and try again.',
    })
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])
    expect(decodeSource({ name: 'wide.txt', bytes: utf16 })).toMatchObject({ ok: false, error: expect.stringContaining('"wide.txt" is saved as UTF-16') })
    expect(decodeSource({ name: 'post.rtf', bytes: utf8('{\\rtf1\\ansi Hello}') })).toMatchObject({ ok: false, error: expect.stringContaining('RTF') })
  })

  it('names an unnamed file in errors', () => {
    expect(decodeSource({ name: '', bytes: new Uint8Array() })).toEqual({ ok: false, error: 'The file is empty.' })
  })
})
