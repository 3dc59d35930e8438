import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import os from 'node:os'
import path from 'node:path'
import { cacheTags, PORTAL_COLLECTIONS, PORTAL_GLOBALS } from '@kat/contract'
import { expect, test } from '@playwright/test'
import pg from 'pg'

import { cmsClient, eventually } from '../support/cms-client'
import { startTestStack, type TestStack } from '../support/test-stack'

/** `pnpm db:backup` and `pnpm db:restore` round-trip the demo content exactly. */
let stack: TestStack
let dir: string
let cdn: Awaited<ReturnType<typeof startPurgeWebhook>> | undefined

test.beforeAll(async () => {
  stack = await startTestStack('backup')
  dir = mkdtempSync(path.join(os.tmpdir(), 'kat-backup-'))
})

test.afterAll(async () => {
  await cdn?.close()
  await stack?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows
    const result: Record<string, string> = {}
    for (const { name } of tables) {
      // Content of every table, order-independent.
      const { rows } = await client.query<{ digest: string }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`)
      result[name] = rows[0]!.digest
    }
    return result
  } finally {
    await client.end()
  }
}

/** A CDN's purge webhook: what it was sent, and with which authorization. */
async function startPurgeWebhook() {
  const received: { authorization: string | undefined; body: unknown }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(body) })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`, received, close: () => new Promise((resolve) => server.close(resolve)) }
}

test('a backup restores the demo content exactly, after edits and deletions', async () => {
  test.setTimeout(180_000)
  cdn = await startPurgeWebhook()
  const env = {
    ...process.env,
    DATABASE_URL: stack.database.url,
    PAYLOAD_SECRET: stack.payloadSecret,
    REVALIDATE_SECRET: stack.revalidateSecret,
    PREVIEW_SECRET: stack.previewSecret,
    WEB_URL: stack.webUrl,
    CDN_PURGE_URL: cdn.url,
    CDN_PURGE_SECRET: 'restore-purge-secret',
  }
  const file = path.join(dir, 'demo.json.gz')
  const before = await snapshot(stack.database.url)
  execFileSync('pnpm', ['--silent', 'db:backup', file], { env, stdio: 'pipe' })

  // Damage: an edit published, an article deleted.
  const cms = cmsClient(stack.cmsUrl, stack.password)
  const condition = await cms.idBySlug('conditions', 'chronic-pain')
  await cms.publishEdit('conditions', condition, { summary: 'Changed after the backup.' })
  const article = await cms.idBySlug('articles', 'side-effects-of-ketamine-treatment')
  expect((await cms.call('editor@example.com', 'DELETE', `/articles/${article}`)).status).toBe(200)
  expect(await snapshot(stack.database.url)).not.toEqual(before)
  // The running portal has rendered and kept the damaged pages.
  const conditionPage = `${stack.webUrl}/conditions/chronic-pain`
  const articlePage = `${stack.webUrl}/articles/side-effects-of-ketamine-treatment`
  await eventually('the edit on the portal', async () => (await (await fetch(conditionPage)).text()).includes('Changed after the backup.'), 10_000)
  await eventually('the deleted article gone from the portal', async () => (await fetch(articlePage)).status === 404, 10_000)

  // Not execFileSync: the purge webhook above answers from this process.
  const { stdout: restored } = await promisify(execFile)('pnpm', ['--silent', 'db:restore', file], { env })
  expect(await snapshot(stack.database.url)).toEqual(before)
  // The restore told the running portal, which shows the restored content at once, without a restart.
  expect(restored).toContain('was told: every page shows the restored content')
  expect(await (await fetch(conditionPage)).text()).not.toContain('Changed after the backup.')
  expect((await fetch(articlePage)).status).toBe(200)
  // And the CDN was asked to drop every page: by the tag of every collection and global, one of which each page carries.
  expect(restored).toContain('The CDN was asked to drop every page.')
  expect(cdn.received).toEqual([
    { authorization: 'Bearer restore-purge-secret', body: { tags: [...PORTAL_COLLECTIONS.map((c) => cacheTags.collection(c)), ...PORTAL_GLOBALS.map((g) => cacheTags.global(g))] } },
  ])

  // The CMS keeps working on the restored data, new documents included (sequences were reset). Sessions
  // are those of the backup too, so staff sign in again.
  const { json } = await cms.call(null, 'GET', `/articles/${article}?depth=0`)
  expect(json.slug).toBe('side-effects-of-ketamine-treatment')
  const created = await cmsClient(stack.cmsUrl, stack.password).createAndPublish('citations', { type: 'web-page', title: 'After restore', url: 'https://example.org/after-restore' })
  expect(created).toBeGreaterThan(0)

  // A file that is not a backup is refused, and nothing changes.
  const notBackup = path.join(dir, 'not-a-backup.json.gz')
  execFileSync('sh', ['-c', `echo nope > "${notBackup}"`])
  const afterCreate = await snapshot(stack.database.url)
  expect(() => execFileSync('pnpm', ['--silent', 'db:restore', notBackup], { env, stdio: 'pipe' })).toThrow(/not a backup/)
  expect(await snapshot(stack.database.url)).toEqual(afterCreate)
})
