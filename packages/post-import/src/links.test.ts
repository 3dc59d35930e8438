import { describe, expect, it } from 'vitest'

import { resolveLink } from './links'

describe('resolveLink', () => {
  it('keeps http(s) and mailto addresses', () => {
    expect(resolveLink('https://example.org/a?b=1', null)).toEqual({ url: 'https://example.org/a?b=1', warning: null })
    expect(resolveLink(' mailto:care@clinic.example ', null)).toEqual({ url: 'mailto:care@clinic.example', warning: null })
  })

  it('drops unsafe and unsupported schemes with a warning, also when disguised', () => {
    expect(resolveLink('javascript:alert(1)', null)).toEqual({ url: null, warning: 'Link with unsafe address dropped: javascript:alert(1)' })
    expect(resolveLink('JaVa\tScRiPt:alert(1)', null)).toMatchObject({ url: null, warning: expect.stringContaining('unsafe') })
    expect(resolveLink('data:text/html,<b>x</b>', null)).toMatchObject({ url: null, warning: expect.stringContaining('unsafe') })
    expect(resolveLink('tel:+15550100', null)).toEqual({ url: null, warning: 'Link with unsupported address dropped: tel:+15550100' })
  })

  it('resolves relative addresses against the canonical address, else drops them with a warning', () => {
    expect(resolveLink('/guides/first-session', 'https://clinic.example/blog/post')).toEqual({ url: 'https://clinic.example/guides/first-session', warning: null })
    expect(resolveLink('../notes', 'https://clinic.example/blog/post')).toEqual({ url: 'https://clinic.example/notes', warning: null })
    expect(resolveLink('/guides', null)).toEqual({ url: null, warning: 'Relative link dropped (no canonical address to resolve it against): /guides' })
    expect(resolveLink('#sources', null)).toEqual({ url: null, warning: null })
  })
})
