import { describe, expect, it } from 'vitest'

import { isSafeHttpUrl, isSafeLinkUrl } from './urls'

describe('isSafeHttpUrl', () => {
  it.each(['https://pubmed.ncbi.nlm.nih.gov/10686270/', 'http://example.org', ' https://example.org/a?b=c '])('accepts %j', (url) =>
    expect(isSafeHttpUrl(url)).toBe(true),
  )
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '//example.org',
    '/relative',
    'https://',
    'not a url',
  ])('rejects %j', (url) => expect(isSafeHttpUrl(url)).toBe(false))
})

describe('isSafeLinkUrl', () => {
  it('also allows site-relative, anchor, mail and phone links', () => {
    for (const url of ['/conditions/ptsd', '#references', 'mailto:team@example.org', 'tel:988']) {
      expect(isSafeLinkUrl(url)).toBe(true)
    }
  })
  it('rejects scripts and protocol-relative links', () => {
    for (const url of ['javascript:void(0)', '//evil.example', 'data:,x', '/\njavascript:x']) {
      expect(isSafeLinkUrl(url)).toBe(false)
    }
  })
})
