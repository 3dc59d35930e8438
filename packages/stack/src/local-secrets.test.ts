import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { loadLocalSecrets } from './local-secrets'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kat-secrets-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadLocalSecrets', () => {
  it('generates distinct secrets once, stores them privately and returns the same ones after', async () => {
    const first = await loadLocalSecrets(dir, {})
    expect(first.PAYLOAD_SECRET.length).toBeGreaterThanOrEqual(32)
    expect(new Set(Object.values(first)).size).toBe(Object.keys(first).length)
    const file = path.join(dir, 'secrets.json')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(await loadLocalSecrets(dir, {})).toEqual(first)
    expect(JSON.parse(await readFile(file, 'utf8')).REVALIDATE_SECRET).toBe(first.REVALIDATE_SECRET)
  })

  it('lets the environment override a stored secret without rewriting the file', async () => {
    const stored = await loadLocalSecrets(dir, {})
    const overridden = await loadLocalSecrets(dir, { PAYLOAD_SECRET: 'from-env' })
    expect(overridden.PAYLOAD_SECRET).toBe('from-env')
    expect((await loadLocalSecrets(dir, {})).PAYLOAD_SECRET).toBe(stored.PAYLOAD_SECRET)
  })
})
