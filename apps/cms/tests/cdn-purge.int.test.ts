import { cacheTags, REVALIDATE_PATH } from '@kat/contract'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { conditionData } from './support/payload'
import { startReceiver, type Receiver } from './support/receiver'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()
let portal: Receiver
let cdn: Receiver
const names = ['WEB_URL', 'REVALIDATE_SECRET', 'CDN_PURGE_URL', 'CDN_PURGE_SECRET'] as const
const previousEnv = Object.fromEntries(names.map((name) => [name, process.env[name]]))

beforeAll(async () => {
  portal = await startReceiver()
  cdn = await startReceiver()
  Object.assign(process.env, { WEB_URL: portal.url, REVALIDATE_SECRET: 'test-revalidate-secret', CDN_PURGE_SECRET: 'test-purge-secret' })
})

afterAll(async () => {
  for (const name of names) {
    if (previousEnv[name] === undefined) delete process.env[name]
    else process.env[name] = previousEnv[name]
  }
  await portal?.close()
  await cdn?.close()
})

beforeEach(() => {
  process.env.CDN_PURGE_URL = `${cdn.url}/purge`
  cdn.answerWith(200)
})

async function approvedDraft(name: string) {
  const { payload, users } = fresh
  const draft = await payload.create({ collection: 'conditions', data: conditionData({ name, _status: 'draft' }), draft: true, depth: 0, ...as(users.editor) })
  await payload.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'in-review' }, draft: true, depth: 0, ...as(users.editor) })
  await payload.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'approved' }, draft: true, depth: 0, ...as(users.reviewer) })
  return draft
}

const publish = (id: number) => fresh.payload.update({ collection: 'conditions', id, data: { _status: 'published' }, depth: 0, ...as(fresh.users.editor) })

/** The purges naming one condition, once at least `count` of them arrived (the purge does not hold the save up). */
async function purgesOf(id: number, count = 1) {
  const of = () => cdn.received.filter((purge) => (purge.body as { tags: string[] }).tags.includes(cacheTags.doc('conditions', id)))
  for (let waited = 0; of().length < count && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
  return of()
}

describe('CDN purge webhook', () => {
  it('receives the cache tags of a published change with the secret, after the portal was told', async () => {
    const draft = await approvedDraft('Purged by tag')
    expect(await purgesOf(draft.id, 0)).toEqual([])

    await publish(draft.id)
    const [purge] = await purgesOf(draft.id)
    expect(purge).toMatchObject({ path: '/purge', body: { tags: [cacheTags.collection('conditions'), cacheTags.doc('conditions', draft.id)] } })
    expect(purge!.headers.authorization).toBe('Bearer test-purge-secret')
    const notice = portal.received.find((received) => (received.body as { tags: string[] }).tags.includes(cacheTags.doc('conditions', draft.id)))
    expect(notice?.path).toBe(REVALIDATE_PATH)
    expect((notice?.body as { tags: string[] }).tags).toEqual((purge!.body as { tags: string[] }).tags)

    await fresh.payload.delete({ collection: 'conditions', id: draft.id, depth: 0 })
    expect((await purgesOf(draft.id, 2)).length).toBeGreaterThanOrEqual(2)
  })

  it('never fails the editor’s save, whether the webhook refuses or cannot be reached', async () => {
    cdn.answerWith(500)
    const refused = await approvedDraft('Purge refused')
    expect((await publish(refused.id))._status).toBe('published')
    expect(await purgesOf(refused.id)).toHaveLength(1)

    process.env.CDN_PURGE_URL = 'http://127.0.0.1:9/purge' // discard port: connection refused
    const unreachable = await approvedDraft('Purge unreachable')
    expect((await publish(unreachable.id))._status).toBe('published')
    expect((await fresh.payload.findByID({ collection: 'conditions', id: unreachable.id, depth: 0 }))._status).toBe('published')
  })
})
