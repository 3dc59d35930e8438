import { describe, expect, it } from 'vitest'

import { createPreviewQuery, isPreviewPath, PREVIEW_LINK_LIFETIME_MS, verifyPreviewQuery } from './preview'

const secret = 'preview-secret-for-tests'
const now = Date.UTC(2026, 10, 22, 12)

describe('preview links', () => {
  it('verifies a link it signed, for the path it signed', () => {
    const query = createPreviewQuery(secret, '/articles/what-to-expect', now)
    expect(verifyPreviewQuery(secret, query, now + 1000)).toEqual({ ok: true, path: '/articles/what-to-expect' })
  })

  it('rejects another path, another secret, a changed expiry and a missing token', () => {
    const query = createPreviewQuery(secret, '/articles/a', now)
    const otherPath = new URLSearchParams(query)
    otherPath.set('path', '/articles/b')
    expect(verifyPreviewQuery(secret, otherPath, now)).toMatchObject({ ok: false, reason: 'The preview link is not valid.' })
    expect(verifyPreviewQuery('another-secret', query, now)).toMatchObject({ ok: false })
    const longer = new URLSearchParams(query)
    longer.set('expires', String(Number(query.get('expires')) - 1))
    expect(verifyPreviewQuery(secret, longer, now)).toMatchObject({ ok: false, reason: 'The preview link is not valid.' })
    const noToken = new URLSearchParams(query)
    noToken.delete('token')
    expect(verifyPreviewQuery(secret, noToken, now)).toMatchObject({ ok: false })
  })

  it('expires, and refuses expiries further out than a link can live', () => {
    const query = createPreviewQuery(secret, '/conditions/ptsd', now)
    expect(verifyPreviewQuery(secret, query, now + PREVIEW_LINK_LIFETIME_MS + 1)).toMatchObject({ ok: false, reason: expect.stringContaining('expired') })
    expect(verifyPreviewQuery(secret, query, now - PREVIEW_LINK_LIFETIME_MS)).toMatchObject({ ok: false })
  })

  it('is off without a secret', () => {
    expect(verifyPreviewQuery('', createPreviewQuery(secret, '/', now), now)).toMatchObject({ ok: false, reason: 'Preview is not configured.' })
  })

  it('opens portal paths only, never another site', () => {
    expect(isPreviewPath('/articles/a-b')).toBe(true)
    expect(isPreviewPath('/')).toBe(true)
    for (const path of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', 'articles/a', '/a b', `/${'a'.repeat(400)}`]) {
      expect(isPreviewPath(path), path).toBe(false)
    }
    expect(() => createPreviewQuery(secret, '//evil.example', now)).toThrow('Not a portal path')
  })
})
