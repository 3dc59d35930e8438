import { expect, test } from '@playwright/test'

import { loadWithWrites, RESILIENCE_LOAD } from '../support/load-with-writes'
import { startTestStack, type TestStack } from '../support/test-stack'

/**
 * 100 concurrent readers on mixed routes for 60 s while an editor publishes every 2 s through the
 * workflow: no failed request, every publish succeeds and shows on the portal. The figures (reader
 * latency, publish-to-live) are printed; `BENCH_ONLY=writes pnpm bench` sets them beside a reference.
 */
let stack: TestStack

test.beforeAll(async () => {
  stack = await startTestStack('load')
})

test.afterAll(async () => {
  await stack?.stop()
})

test('100 readers for 60 s while an editor publishes every 2 s: nothing fails, every publish appears', async () => {
  test.setTimeout(240_000)
  const result = await loadWithWrites({ webUrls: [stack.webUrl], cmsUrl: stack.cmsUrl, password: stack.password, ...RESILIENCE_LOAD })
  const { failedRequests, ...summary } = result
  console.log(`load with writes: ${JSON.stringify(summary)}`)
  test.info().annotations.push({ type: 'load with writes', description: JSON.stringify(summary) })

  expect(failedRequests).toEqual([])
  expect(Object.keys(result.statuses)).toEqual(['200'])
  expect(result.publishErrors).toEqual([])
  expect(result.publishes).toBeGreaterThanOrEqual(5)
})
