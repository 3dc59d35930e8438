import { describe, expect, it } from 'vitest'

import { detectFormat } from './detect'

describe('detectFormat', () => {
  it('trusts known extensions, whatever the content looks like', () => {
    expect(detectFormat('post.HTML', 'plain words')).toBe('html')
    expect(detectFormat('post.htm', '')).toBe('html')
    expect(detectFormat('post.markdown', '<p>x</p>')).toBe('markdown')
    expect(detectFormat('post.md', '')).toBe('markdown')
    expect(detectFormat('post.txt', '<!doctype html><p>a</p>')).toBe('text')
  })

  it('reads the content when the extension is missing or unknown', () => {
    expect(detectFormat('download', '  <!DOCTYPE html>\n<html><body>x</body></html>')).toBe('html')
    expect(detectFormat('post.php', '<div><p>One</p><p>Two</p></div>')).toBe('html')
    expect(detectFormat('export', '---\ntitle: Hello\n---\n\nBody')).toBe('markdown')
    expect(detectFormat('export', 'Intro\n\n## A heading\n\nText')).toBe('markdown')
    expect(detectFormat('export', 'See [the guide](https://example.org/guide).')).toBe('markdown')
  })

  it('falls back to plain text, also for a stray angle bracket or hash', () => {
    expect(detectFormat('notes', 'Ketamine <3 is not a tag.\n#1 question from patients')).toBe('text')
    expect(detectFormat('', '')).toBe('text')
  })
})
