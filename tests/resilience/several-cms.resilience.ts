import { expect, test } from '@playwright/test'
import pg from 'pg'

import { cmsClient, eventually } from '../support/cms-client'
import { paragraphs } from '../support/rich-text'
import { startTestStack, type AppInstance, type TestStack } from '../support/test-stack'

/**
 * Two CMS processes on one database, each with its own job crons (every minute, on the minute, so
 * they fire together): a publish scheduled in the admin runs once, is recorded once and goes live.
 */
let stack: TestStack
let second: AppInstance

test.beforeAll(async () => {
  test.setTimeout(240_000)
  stack = await startTestStack('several-cms')
  second = await stack.startCmsInstance()
})

test.afterAll(async () => {
  await stack?.stop()
})

test('a scheduled publish runs once with two CMS processes: one publish, one audit entry, live on the portal', async () => {
  test.setTimeout(180_000)
  const cms = cmsClient(stack.cmsUrl, stack.password)
  const stamp = Date.now()
  const slug = `scheduled-once-${stamp}`
  const summary = `Scheduled once, ${stamp}.`
  const medical = await cms.idByTitle('disclaimers', 'Medical disclaimer')
  // Written on the second CMS, approved there, the way an editor on either instance would.
  const onSecond = cmsClient(second.url, stack.password)
  const created = await onSecond.call('editor@example.com', 'POST', '/conditions?draft=true', {
    name: `Scheduled once ${stamp}`,
    slug,
    summary,
    overview: paragraphs('A condition scheduled for publishing while two CMS processes run.'),
    evidenceLevel: 'investigational',
    disclaimers: [medical],
    workflowStatus: 'in-review',
    _status: 'draft',
  })
  expect(created.status, JSON.stringify(created.json).slice(0, 300)).toBe(201)
  const id = (created.json.doc as { id: number }).id
  expect((await onSecond.call('reviewer@example.com', 'PATCH', `/conditions/${id}?draft=true`, { workflowStatus: 'approved' })).status).toBe(200)

  const db = new pg.Client({ connectionString: stack.database.url })
  await db.connect()
  try {
    const editor = (await db.query<{ id: number }>(`select id from users where email = 'editor@example.com'`)).rows[0]!.id
    // The job the admin's Schedule queues (payload.jobs.queue writes this row; its REST is closed), due now.
    const input = { type: 'publish', doc: { relationTo: 'conditions', value: String(id) }, user: { relationTo: 'users', value: editor } }
    await db.query(`insert into payload_jobs (input, task_slug, queue, wait_until) values ($1, 'schedulePublish', 'default', now())`, [JSON.stringify(input)])

    // Both crons fire at the next minute; the job is deleted once it has succeeded.
    await eventually('the scheduled publish to run', async () => Number((await db.query(`select count(*) from payload_jobs where task_slug = 'schedulePublish'`)).rows[0].count) === 0, 90_000, 500)
    const published = await db.query(`select count(*) from audit_log where target_collection = 'conditions' and target_id = $1 and action = 'publish'`, [String(id)])
    expect(Number(published.rows[0].count)).toBe(1)
    const versions = await db.query(`select count(*) from _conditions_v where parent_id = $1 and version__status = 'published'`, [id])
    expect(Number(versions.rows[0].count)).toBe(1)
  } finally {
    await db.end()
  }
  await eventually('the condition on the portal', async () => (await (await fetch(`${stack.webUrl}/conditions/${slug}`)).text()).includes(summary), 10_000, 100)
})

test("Payload's job endpoints, which would run jobs outside the one-runner lock, run nothing for any account", async () => {
  for (const base of [stack.cmsUrl, second.url]) {
    const client = cmsClient(base, stack.password)
    for (const email of ['admin@example.com', 'editor@example.com', 'reviewer@example.com', null]) {
      for (const path of ['/payload-jobs/run?queue=default', '/payload-jobs/handle-schedules']) {
        // 404 from the CMS's proxy (not a document id); behind it, the jobs' run access refuses everyone (401).
        expect([401, 404], `${email ?? 'anonymous'} ${path}`).toContain((await client.call(email, 'GET', path)).status)
      }
    }
  }
})
