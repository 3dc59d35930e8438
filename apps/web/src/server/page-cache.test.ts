import { describe, expect, it } from 'vitest'

import { clearPages, isShareable, keptPage, rememberPage, renderUnderWay, trackRender, type CachedPage } from './page-cache'

const page: CachedPage = { status: 200, headers: [], body: Buffer.from('<p>page</p>'), gzip: Buffer.alloc(0) }

describe('page cache', () => {
  it('keeps a page rendered since the last notice, not one a notice overtook', () => {
    const before = Date.now()
    rememberPage('/kept', page, before)
    expect(keptPage('/kept')).toBe(page)
    clearPages()
    expect(keptPage('/kept')).toBeUndefined()
    rememberPage('/overtaken', page, before)
    expect(keptPage('/overtaken')).toBeUndefined()
  })

  it('knows the render under way of a page until it is done', async () => {
    let done!: () => void
    const render = new Promise<void>((resolve) => (done = resolve))
    trackRender('/rendering', render)
    expect(renderUnderWay('/rendering')).toBe(render)
    done()
    await render
    await Promise.resolve()
    expect(renderUnderWay('/rendering')).toBeUndefined()
  })

  it('shares only plain 200 answers: no cookie, not stale', () => {
    expect(isShareable(200, {})).toBe(true)
    expect(isShareable(200, { 'x-nextjs-cache': 'HIT' })).toBe(true)
    expect(isShareable(200, { 'x-nextjs-cache': 'STALE' })).toBe(false)
    expect(isShareable(200, { 'set-cookie': 'a=b' })).toBe(false)
    expect(isShareable(404, {})).toBe(false)
  })
})
