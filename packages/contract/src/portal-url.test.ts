import { describe, expect, it } from 'vitest'

import { internalPortalUrl, publicCmsUrl, publicPortalUrl } from './portal-url'

describe('portal addresses', () => {
  it('keeps the public and the internal address apart', () => {
    const env = { WEB_URL: 'https://guide.example.org/', WEB_INTERNAL_URL: 'http://web:3000' }
    expect(publicPortalUrl(env)).toBe('https://guide.example.org')
    expect(internalPortalUrl(env)).toBe('http://web:3000')
  })

  it('reaches the portal at its public address unless told otherwise', () => {
    expect(internalPortalUrl({ WEB_URL: 'http://localhost:3000' })).toBe('http://localhost:3000')
    expect(internalPortalUrl({ WEB_URL: 'http://localhost:3000', WEB_INTERNAL_URL: ' ' })).toBe('http://localhost:3000')
  })

  it('has no address when none is configured (the CMS then sends no notices and no preview links)', () => {
    expect(publicPortalUrl({})).toBeUndefined()
    expect(internalPortalUrl({ WEB_URL: '' })).toBeUndefined()
  })
})

describe('CMS public address', () => {
  it('prefers CMS_PUBLIC_URL to CMS_URL and drops a trailing slash', () => {
    expect(publicCmsUrl({ CMS_PUBLIC_URL: 'https://cms.example.org/', CMS_URL: 'http://cms:3001' })).toBe('https://cms.example.org')
    expect(publicCmsUrl({ CMS_PUBLIC_URL: ' ', CMS_URL: 'http://localhost:3001' })).toBe('http://localhost:3001')
    expect(publicCmsUrl({})).toBeUndefined()
  })
})
