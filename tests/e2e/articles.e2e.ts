import { expect, test, type Page } from '@playwright/test'

import { e2e } from './support/env'

const results = (page: Page) => page.getByTestId('article-results').getByRole('listitem')

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the condition filter is a plain GET form with counts, chips and shareable URLs', async ({ page }) => {
    await page.goto(`${e2e.webUrl()}/articles`)
    const all = await results(page).count()
    expect(all).toBeGreaterThanOrEqual(8)
    await expect(page.getByRole('checkbox', { name: /Chronic pain \(\d+\)/ })).toBeVisible()

    await page.getByRole('checkbox', { name: /Post-traumatic stress disorder/ }).check()
    await page.getByRole('button', { name: 'Show articles' }).click()
    await expect(page).toHaveURL(/\/articles\?condition=post-traumatic-stress-disorder-ptsd$/)
    const filtered = await results(page).count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    const chips = page.getByRole('list', { name: 'Active filters' })
    await expect(chips).toContainText('Post-traumatic stress disorder (PTSD)')

    await chips.getByRole('link', { name: /Post-traumatic stress disorder/ }).click()
    await expect(page).toHaveURL(/\/articles$/)
    expect(await results(page).count()).toBe(all)
  })
})

test('with JavaScript, ticking a condition applies it at once', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/articles`)
  await page.getByRole('checkbox', { name: /Alcohol use disorder/ }).check()
  await expect(page).toHaveURL(/condition=alcohol-use-disorder/)
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Alcohol use disorder')
})

test('full-text search (body words, stemming, condition synonyms), audience and the empty state', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/articles?q=dissociation`)
  await expect(results(page).first()).toContainText('Side effects of ketamine treatment')
  await page.goto(`${e2e.webUrl()}/articles?q=TRD`)
  expect(await results(page).count()).toBeGreaterThan(0)
  await page.goto(`${e2e.webUrl()}/articles?q=ketamine&condition=alcohol-use-disorder`)
  expect(await results(page).count()).toBeGreaterThan(0)
  await page.goto(`${e2e.webUrl()}/articles?audience=caregivers`)
  await expect(results(page)).toHaveCount(1)
  await page.goto(`${e2e.webUrl()}/articles?q=zzzz-no-such-words`)
  await expect(page.locator('[data-empty-state]')).toBeVisible()
})

test('unknown or malformed parameters are ignored, never an error', async ({ request }) => {
  for (const query of [
    '?condition[$ne]=x',
    '?where[_status][equals]=draft',
    '?page=-1',
    '?page=99999999999999',
    '?page=abc&audience=everyone',
    '?condition=../../etc/passwd',
    `?q=${'a'.repeat(5000)}`,
    '?q=%27%3B%20DROP%20TABLE%20articles%3B--',
  ]) {
    const response = await request.get(`${e2e.webUrl()}/articles${query}`)
    expect(response.status(), query).toBe(200)
    expect(await response.text(), query).toContain('data-mandatory-disclaimer')
  }
})
