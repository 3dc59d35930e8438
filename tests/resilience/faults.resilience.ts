import { expect, test } from '@playwright/test'

import { cmsClient, eventually, type CmsClient } from '../support/cms-client'
import { startTestStack, type TestStack } from '../support/test-stack'

/**
 * Faults injected into a running stack: the CMS stopped and started, PostgreSQL restarted, the portal
 * unreachable while editors publish. Serial: each test leaves the stack running for the next.
 */
test.describe.configure({ mode: 'serial' })

let stack: TestStack
let cms: CmsClient

const WARM_PAGES = [
  { path: '/', heading: /ketamine/i },
  { path: '/conditions', heading: /conditions/i },
  { path: '/conditions/treatment-resistant-depression', heading: 'Treatment-resistant depression' },
  { path: '/articles/side-effects-of-ketamine-treatment', heading: /side effects/i },
  { path: '/contraindications', heading: /not be right/i },
]

test.beforeAll(async () => {
  stack = await startTestStack('faults')
  cms = cmsClient(stack.cmsUrl, stack.password)
})

test.afterAll(async () => {
  await stack?.stop()
})

test('with the CMS stopped, cached pages are still served and others show a friendly error with the disclaimer; the portal recovers by itself', async ({ page }) => {
  for (const { path } of WARM_PAGES) expect((await fetch(`${stack.webUrl}${path}`)).status, path).toBe(200)

  await stack.stopApp('cms')
  for (const { path, heading } of WARM_PAGES) {
    const response = await page.goto(`${stack.webUrl}${path}`)
    expect(response?.status(), path).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible()
    await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
    await expect(page.locator('[data-crisis-help]')).toBeVisible()
  }

  // A search nobody made before cannot come from the cache.
  const uncached = `${stack.webUrl}/articles?q=recovery${Date.now()}`
  const failed = await page.goto(uncached)
  expect(failed?.status()).toBeLessThan(600)
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not available right now' })).toBeVisible()
  await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
  await expect(page.locator('[data-crisis-help]')).toBeVisible()
  expect(await page.content()).not.toMatch(/ECONNREFUSED|fetch failed|at \w+ \(/)

  await stack.startApp('cms')
  const recovery = await eventually('the uncached page to load once the CMS is back', async () => (await fetch(uncached)).status === 200)
  test.info().annotations.push({ type: 'recovered after CMS start', description: `${recovery} ms` })
})

test('PostgreSQL restarted under a running CMS: reads and writes work again without restarting the CMS', async () => {
  const id = await cms.idBySlug('conditions', 'chronic-pain')
  await stack.database.restart()
  const recovery = await eventually(
    'the CMS to answer from the database again',
    async () => (await fetch(`${stack.cmsUrl}/api/conditions/${id}?depth=0`)).status === 200,
    60_000,
    250,
  )
  test.info().annotations.push({ type: 'CMS reads again after PostgreSQL restart', description: `${recovery} ms` })
  const summary = `Chronic pain summary after a database restart ${Date.now()}.`
  await cms.publishEdit('conditions', id, { summary })
  await eventually('the edit to show on the portal', async () => (await (await fetch(`${stack.webUrl}/conditions/chronic-pain`)).text()).includes(summary))
})

test('a failed revalidation never fails the save, and the page catches up at the next successful one', async () => {
  const first = await cms.idBySlug('conditions', 'post-traumatic-stress-disorder-ptsd')
  const second = await cms.idBySlug('conditions', 'anxiety-disorders')
  const firstPage = `${stack.webUrl}/conditions/post-traumatic-stress-disorder-ptsd`
  expect((await fetch(firstPage)).status).toBe(200)

  await stack.stopApp('web')
  const missed = `PTSD summary published while the portal was down ${Date.now()}.`
  await cms.publishEdit('conditions', first, { summary: missed })
  await stack.startApp('web')

  // The next publish reaches the portal, and with it the change it missed.
  await cms.publishEdit('conditions', second, { summary: `Anxiety summary ${Date.now()}.` })
  await eventually('the missed change to appear', async () => (await (await fetch(firstPage)).text()).includes(missed), 10_000)
})
