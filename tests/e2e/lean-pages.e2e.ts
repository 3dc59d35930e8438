import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { NO_STORE, READER_CACHE_CONTROL, readerPageType, surrogateKeys } from '@kat/contract'

import { cmsClient, eventually } from '../support/cms-client'
import { e2e } from './support/env'
import { expectLeanPages } from './support/lean-pages'

const READER_ROUTES = [
  '/',
  '/conditions',
  '/conditions/treatment-resistant-depression',
  '/conditions/treatment-resistant-depression/handout',
  '/articles',
  '/articles?condition=chronic-pain&q=ketamine',
  '/articles/side-effects-of-ketamine-treatment',
  '/articles/side-effects-of-ketamine-treatment/handout',
  '/contraindications',
  '/share',
  '/no-such-page',
]

test('reader pages are plain HTML: no client runtime, the text once, within their weight budgets', async () => {
  await expectLeanPages(e2e.webUrl(), READER_ROUTES)
  const html = await (await fetch(`${e2e.webUrl()}/conditions/treatment-resistant-depression`)).text()
  expect(html).not.toMatch(/<script[^>]+src="\/_next\//)
  // The page's text appears once: a paragraph of the overview is in the markup and nowhere else.
  const paragraph = /<div class="prose-content">[\s\S]*?<p[^>]*>([^<]{40,})</.exec(html)?.[1]
  expect(paragraph).toBeTruthy()
  expect(html.split(paragraph!.slice(0, 40)).length - 1).toBe(1)
})

test('without JavaScript every reader page works; the script-only buttons stay hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${e2e.webUrl()}/conditions/treatment-resistant-depression`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Treatment-resistant depression')
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden()
  await expect(page.getByLabel('Link to this page')).toHaveValue(/\/conditions\/treatment-resistant-depression$/)
  await page.goto(`${e2e.webUrl()}/articles`)
  await page.getByRole('checkbox', { name: /Chronic pain/ }).check()
  await page.getByRole('button', { name: /Show|Apply|Filter/ }).first().click()
  await expect(page).toHaveURL(/condition=chronic-pain/)
  await context.close()
})

test('a flood of unknown slugs adds no cache entries; each is a real 404 page', async () => {
  const cacheDir = path.join(process.cwd(), 'apps/web/.next/cache/fetch-cache')
  const entries = () => (existsSync(cacheDir) ? readdirSync(cacheDir).length : 0)
  // Warm what every 404 page reads (site settings, disclaimers, the slug and redirect lists).
  await fetch(`${e2e.webUrl()}/conditions/warm-up-${Date.now()}`)
  await fetch(`${e2e.webUrl()}/articles/warm-up-${Date.now()}`)
  const before = entries()
  for (let i = 0; i < 40; i++) {
    const response = await fetch(`${e2e.webUrl()}/${i % 2 ? 'conditions' : 'articles'}/random-${Date.now()}-${i}`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Page not found')
  }
  expect(entries() - before).toBeLessThan(5)
})

test('reader pages may be kept by a CDN, keyed by their cache tags; error pages never', async () => {
  for (const route of [...READER_ROUTES.filter((route) => readerPageType(route.split('?')[0]!)), '/sitemap.xml', '/feed.xml']) {
    // Twice: the first answer may be the render, the second the kept page.
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${e2e.webUrl()}${route}`)
      expect(response.status, route).toBe(200)
      expect(response.headers.get('cache-control'), route).toBe(READER_CACHE_CONTROL)
      const page = readerPageType(route.split('?')[0]!)!
      expect(response.headers.get('surrogate-key'), route).toBe(surrogateKeys(page).join(' '))
    }
  }
  expect(surrogateKeys('condition')).toContain('collection:conditions')
  for (const route of ['/conditions/no-such-condition', '/articles/no-such-article', '/no-such-page', '/cached/home']) {
    const response = await fetch(`${e2e.webUrl()}${route}`)
    expect(response.status, route).toBe(404)
    expect(response.headers.get('cache-control'), route).toBe(NO_STORE)
    expect(response.headers.get('surrogate-key'), route).toBeNull()
  }
})

test('the home page and the two lists are cached pages that a publish refreshes; their internal address is not a page', async () => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  for (const route of ['/', '/conditions', '/contraindications']) {
    const response = await fetch(`${e2e.webUrl()}${route}`)
    expect(response.status, route).toBe(200)
    expect(response.headers.get('cache-control'), route).toBe(READER_CACHE_CONTROL)
  }
  expect((await fetch(`${e2e.webUrl()}/cached/home`)).status).toBe(404)

  const name = `Cached list check ${Date.now()}`
  const id = await cms.createAndPublish('conditions', { name, summary: 'A condition made by the list test.', evidenceLevel: 'investigational' })
  try {
    for (const route of ['/', '/conditions']) {
      await eventually(`${name} on ${route}`, async () => (await (await fetch(`${e2e.webUrl()}${route}`)).text()).includes(name), 10_000)
    }
    await cms.unpublish('conditions', id)
    await eventually(`${name} gone from /conditions`, async () => !(await (await fetch(`${e2e.webUrl()}/conditions`)).text()).includes(name), 10_000)
  } finally {
    await cms.remove('conditions', id)
  }
})
