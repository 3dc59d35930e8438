import { expect, test } from '@playwright/test'

import { cmsClient, eventually } from '../support/cms-client'
import { startTestRedis, type TestRedis } from '../support/redis'
import { startTestStack, type TestStack, type AppInstance } from '../support/test-stack'

/**
 * Two portal instances sharing one cache in a real Redis, one CMS telling only the first: a publish is
 * live on both within a second, Redis stopped and started again under readers costs no request, and an
 * instance restarted serves its first pages from the shared cache.
 */
const PAGE = '/conditions/chronic-pain'
const ROUTES = ['/', '/conditions', PAGE, '/articles', '/articles?condition=chronic-pain', '/contraindications']

let redis: TestRedis | undefined
let stack: TestStack | undefined
let second: AppInstance

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  redis = await startTestRedis()
  stack = await startTestStack('shared-cache', { env: { REDIS_URL: redis.url } })
  second = await stack.startWebInstance()
})

test.afterAll(async () => {
  await stack?.stop()
  await redis?.stop()
})

const text = async (url: string) => (await fetch(url)).text()

async function publishAndWatch(summary: string): Promise<number[]> {
  const { cmsUrl, password, webUrl } = stack!
  const cms = cmsClient(cmsUrl, password)
  await cms.publishEdit('conditions', await cms.idBySlug('conditions', 'chronic-pain'), { summary })
  return Promise.all([webUrl, second.url].map((base) => eventually(`"${summary}" on ${base}`, async () => (await text(`${base}${PAGE}`)).includes(summary), 15_000, 20)))
}

test('a publish told to one instance is live on both within a second', async () => {
  const { webUrl } = stack!
  for (const base of [webUrl, second.url]) for (const route of ROUTES) expect((await fetch(`${base}${route}`)).status).toBe(200)
  const visible: number[] = []
  for (let n = 1; n <= 7; n++) visible.push(Math.max(...(await publishAndWatch(`Chronic pain, shared edition ${n} (${Date.now()}).`))))
  const sorted = [...visible].sort((a, b) => a - b)
  const figures = { publishes: visible.length, publishToLiveOnBothMs: { each: visible, p50: sorted[3], max: sorted.at(-1) } }
  console.log(`shared cache, two instances: ${JSON.stringify(figures)}`)
  test.info().annotations.push({ type: 'publish to live, two instances', description: JSON.stringify(figures) })
  expect(sorted[3]).toBeLessThanOrEqual(1000)
  // One render of the page per instance after the notice; on a machine shared with other work, one
  // of them may take longer (seen: 1.3 s at a load average of 13 on 2 cores).
  expect(sorted.at(-1)).toBeLessThanOrEqual(2000)
})

test('Redis stopped and started again under 50 readers: no failed request, and both catch up', async () => {
  test.setTimeout(120_000)
  const { webUrl } = stack!
  const bases = [webUrl, second.url]
  const failures: string[] = []
  let served = 0
  const end = Date.now() + 12_000
  const reader = async (index: number) => {
    let i = index
    while (Date.now() < end) {
      const url = `${bases[i % 2]}${ROUTES[i % ROUTES.length]}`
      i++
      try {
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.status !== 200) failures.push(`${url}: ${response.status}`)
        served++
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  const outage = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await redis!.stop()
    // A publish while Redis is away reaches the instance the CMS tells; the other catches up later.
    const summary = `Chronic pain, edition during the outage (${Date.now()}).`
    const cms = cmsClient(stack!.cmsUrl, stack!.password)
    await cms.publishEdit('conditions', await cms.idBySlug('conditions', 'chronic-pain'), { summary })
    await eventually('the told instance serves the edit without Redis', async () => (await text(`${webUrl}${PAGE}`)).includes(summary), 10_000, 50)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await redis!.start()
    return summary
  })()
  const [summary] = await Promise.all([outage, ...Array.from({ length: 50 }, (_, index) => reader(index))])
  console.log(`shared cache, Redis restarted under 50 readers: ${JSON.stringify({ requests: served, failures: failures.length })}`)
  expect(failures.slice(0, 5)).toEqual([])
  expect(served).toBeGreaterThan(100)
  await eventually('the other instance catches up once Redis is back', async () => (await text(`${second.url}${PAGE}`)).includes(summary), 15_000, 100)
  // And the shared cache works again: the next publish reaches both.
  expect(Math.max(...(await publishAndWatch(`Chronic pain, after the outage (${Date.now()}).`)))).toBeLessThanOrEqual(1000)
})

test('an instance restarted comes back warm from the shared cache', async () => {
  test.setTimeout(120_000)
  // A page the condition edits above do not touch.
  const untouched = '/contraindications'
  expect((await fetch(`${stack!.webUrl}${untouched}`)).status).toBe(200)
  await second.stop()
  await second.start()
  const first = await fetch(`${second.url}${untouched}`)
  expect(first.status).toBe(200)
  // Served from the shared cache, not rendered first: HIT, or STALE when this process has not yet
  // learnt the page's lifetime (the handler keeps none), which Next renders again in the background.
  expect(['HIT', 'STALE']).toContain(first.headers.get('x-nextjs-cache'))
  expect(await first.text()).toContain('data-mandatory-disclaimer')
})
