import { cacheTags } from '@kat/contract'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { conditionData, getTestPayload } from './support/payload'
import { startReceiver, type Receiver } from './support/receiver'
import { as, freshContent, type TestUsers } from './support/users'

/** Two CMS instances on one database: the test's own Payload and a second one with its own pool and crons' runner. */
let first: Payload
let second: Payload
let users: TestUsers
let portal: Receiver
const previousEnv = { WEB_URL: process.env.WEB_URL, REVALIDATE_SECRET: process.env.REVALIDATE_SECRET }

beforeAll(async () => {
  first = await getTestPayload()
  second = await getPayload({ config, key: 'second-cms-instance' })
  users = await freshContent(first)
  portal = await startReceiver()
  process.env.WEB_URL = portal.url
  process.env.REVALIDATE_SECRET = 'test-revalidate-secret'
})

afterAll(async () => {
  Object.assign(process.env, previousEnv)
  await second?.destroy()
  await portal?.close()
})

describe('several CMS instances', () => {
  it('run one scheduled publish once, and tell the portal once', async () => {
    const draft = await first.create({ collection: 'conditions', data: conditionData({ name: 'Scheduled once', _status: 'draft' }), draft: true, depth: 0, ...as(users.editor) })
    await first.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'in-review' }, draft: true, depth: 0, ...as(users.editor) })
    await first.update({ collection: 'conditions', id: draft.id, data: { workflowStatus: 'approved' }, draft: true, depth: 0, ...as(users.reviewer) })
    const job = await first.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'conditions', value: draft.id }, user: { relationTo: 'users', value: users.editor.id } },
      waitUntil: new Date(Date.now() - 1000),
    })

    // Both instances' crons fire together, a few ticks in a row, as they do every minute.
    for (let tick = 0; tick < 3; tick++) {
      await Promise.all([first.jobs.handleSchedules(), second.jobs.handleSchedules()])
      await Promise.all([first.jobs.run(), second.jobs.run()])
    }

    // Payload deletes a job that succeeded; one that ran twice fails the second time (already live).
    expect((await first.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(0)
    const live = await second.findByID({ collection: 'conditions', id: draft.id, draft: false, depth: 0 })
    expect(live._status).toBe('published')
    const published = await first.find({ collection: 'audit-log', where: { targetCollection: { equals: 'conditions' }, targetId: { equals: String(draft.id) }, action: { equals: 'publish' } } })
    expect(published.totalDocs).toBe(1)
    // One notice: the instance that ran the job told the portal, the other had nothing to do.
    const notices = portal.received.filter((notice) => (notice.body as { tags: string[] }).tags.includes(cacheTags.doc('conditions', draft.id)))
    expect(notices).toHaveLength(1)
  })
})
