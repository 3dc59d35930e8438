import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { e2e } from './support/env'

const ROUTES = [
  '/',
  '/conditions',
  '/conditions/treatment-resistant-depression',
  '/conditions/treatment-resistant-depression/handout',
  '/articles',
  '/articles?condition=chronic-pain',
  '/articles/side-effects-of-ketamine-treatment',
  '/contraindications',
  '/no-such-page',
]

for (const route of ROUTES) {
  test(`WCAG 2.2 AA: no axe violations on ${route}`, async ({ page }) => {
    await page.goto(`${e2e.webUrl()}${route}`)
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    expect(summary).toEqual([])
  })
}

test('every page is usable at 360 px width without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const route of ROUTES) {
    await page.goto(`${e2e.webUrl()}${route}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, route).toBeLessThanOrEqual(0)
  }
})

test('keyboard users reach the main content and the crisis help first, with a visible focus', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/conditions`)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Tab')
  const focused = page.locator(':focus')
  await expect(focused).toHaveAttribute('href', /^tel:/)
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle)
  expect(outline).not.toBe('none')
})
