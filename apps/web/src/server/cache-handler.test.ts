import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type * as NodeFs from 'next/dist/server/lib/node-fs-methods.js'
import { describe, expect, it } from 'vitest'

import ProductionCacheHandler from './cache-handler'

const { nodeFs } = createRequire(import.meta.url)('next/dist/server/lib/node-fs-methods.js') as typeof NodeFs

type Handler = {
  get: (key: string, context: unknown) => Promise<{ value: unknown } | null>
  set: (key: string, data: unknown, context: unknown) => Promise<void>
  revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>
}

/** A handler as Next makes one at the start of each request (no REDIS_URL here: Next's own cache). */
const request = (): Handler =>
  new ProductionCacheHandler({ fs: nodeFs, serverDistDir: mkdtempSync(path.join(tmpdir(), 'kat-cache-')), flushToDisk: false, dev: false, revalidatedTags: [], maxMemoryCacheSize: 10_000_000, _requestHeaders: {} } as never) as never
const later = () => new Promise((resolve) => setTimeout(resolve, 5))

const TAGS = ['collection:conditions', 'doc:conditions:1']
const FETCH = { fetchUrl: 'http://cms/api/conditions', fetchIdx: 0 }
const read = (key: string, summary: string): [string, unknown, unknown] => [
  key,
  { kind: 'FETCH', data: { headers: {}, body: Buffer.from(summary).toString('base64'), status: 200, url: FETCH.fetchUrl }, revalidate: false },
  { fetchCache: true, tags: TAGS, ...FETCH },
]
const lookUp = (key: string) => request().get(key, { kind: 'FETCH', tags: TAGS, softTags: [], ...FETCH })

describe('the cache handler', () => {
  it('keeps a read begun after the last notice', async () => {
    await request().revalidateTag(TAGS, { expire: 0 })
    await later()
    await request().set(...read('after', 'new summary'))
    expect((await lookUp('after'))?.value).toMatchObject({ kind: 'FETCH' })
  })

  it('does not keep a read a notice overtook: it may have reached the CMS before the commit', async () => {
    const overtaken = request()
    await later()
    // The CMS commits and tells the portal while the read is under way.
    await request().revalidateTag(TAGS, { expire: 0 })
    await overtaken.set(...read('overtaken', 'old summary'))
    expect(await lookUp('overtaken')).toBeNull()
    // The next request reads again, and keeps what it read.
    await later()
    await request().set(...read('overtaken', 'new summary'))
    expect(Buffer.from(((await lookUp('overtaken'))?.value as { data: { body: string } }).data.body, 'base64').toString()).toBe('new summary')
  })
})
