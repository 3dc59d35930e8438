import { expect, test } from '@playwright/test'

import { idBySlug, signIn } from './support/cms'
import { e2e } from './support/env'

test('conditions A–Z lists every published condition with its evidence level', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/conditions`)
  await expect(page.getByRole('heading', { level: 1, name: 'Conditions A–Z' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Treatment-resistant depression' })).toBeVisible()
  await expect(page.getByText('Approved indication').first()).toBeVisible()
  await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
})

test('a condition page shows evidence, contraindications by kind, related articles, numbered references and the review', async ({ page }) => {
  const response = await page.goto(`${e2e.webUrl()}/conditions/treatment-resistant-depression`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Treatment-resistant depression' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /How strong is the evidence/ })).toContainText('Approved indication')
  await expect(page.getByRole('heading', { name: 'Must not have it' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Discuss with your clinician' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Related articles' })).toBeVisible()
  await expect(page.locator('[data-review-info]')).toContainText('Clinically reviewed by Dr Demo Reviewer, MD, Psychiatrist')
  const references = page.locator('#references-heading + ol > li')
  expect(await references.count()).toBeGreaterThan(0)
  await expect(page.locator('#ref-1')).toBeAttached()
  await expect(page.getByRole('link', { name: 'PubMed' }).first()).toHaveAttribute('href', /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/$/)
  await expect(page.getByRole('link', { name: 'DOI' }).first()).toHaveAttribute('href', /^https:\/\/doi\.org\/10\./)
  await expect(page.locator('[data-mandatory-disclaimer]')).toContainText('Not for emergencies')
})

test('an article links each citation marker to its numbered reference', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/articles/side-effects-of-ketamine-treatment`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Side effects of ketamine treatment')
  const marker = page.locator('sup.citation-marker a').first()
  await expect(marker).toBeVisible()
  const target = await marker.getAttribute('href')
  expect(target).toMatch(/^#ref-\d+$/)
  await expect(page.locator(target!)).toBeAttached()
  await expect(page.locator('[data-callout]').first()).toBeVisible()
  await expect(page.locator('[data-review-info]')).toContainText('Dr Demo Reviewer')
})

test('contraindications are split into absolute and relative', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/contraindications`)
  await expect(page.getByRole('heading', { name: /must not have ketamine/i })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Discuss with your clinician first/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Aneurysmal vascular disease/ })).toBeVisible()
})

test('unknown slugs are 404 pages with the disclaimer; broken encodings are a 400, never a 500', async ({ page, request }) => {
  for (const path of ['/conditions/no-such-condition', '/articles/UPPER', '/articles/a%20b', '/conditions/..%2F..%2Fetc']) {
    const response = await page.goto(`${e2e.webUrl()}${path}`)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
  }
  for (const path of ['/conditions/%E0%A4%A', '/articles/%', '/%C0%AF']) {
    expect((await request.get(`${e2e.webUrl()}${path}`)).status(), path).toBe(400)
  }
})

test('a renamed condition keeps its old link working with a 308 redirect', async ({ page, request }) => {
  const editor = await signIn(request, 'editor@example.com')
  const reviewer = await signIn(request, 'reviewer@example.com')
  const id = await idBySlug(request, 'conditions', 'eating-disorders')
  const cms = e2e.cmsUrl()
  expect((await request.patch(`${cms}/api/conditions/${id}?draft=true`, { headers: editor, data: { slug: 'eating-disorders-and-ketamine', workflowStatus: 'in-review' } })).status()).toBe(200)
  expect((await request.patch(`${cms}/api/conditions/${id}?draft=true`, { headers: reviewer, data: { workflowStatus: 'approved' } })).status()).toBe(200)
  expect((await request.patch(`${cms}/api/conditions/${id}`, { headers: editor, data: { _status: 'published' } })).status()).toBe(200)

  const old = await request.get(`${e2e.webUrl()}/conditions/eating-disorders`, { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers().location).toMatch(/\/conditions\/eating-disorders-and-ketamine$/)
  await page.goto(`${e2e.webUrl()}/conditions/eating-disorders`)
  await expect(page).toHaveURL(/\/conditions\/eating-disorders-and-ketamine$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Eating disorders' })).toBeVisible()
})

test('a condition page offers the link, a QR code and the handout to share with a patient', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/conditions/post-traumatic-stress-disorder-ptsd`)
  const share = page.getByRole('region', { name: 'Share with a patient' })
  await expect(share.getByRole('img', { name: /QR code for .*\/conditions\/post-traumatic-stress-disorder-ptsd$/ })).toBeVisible()
  await expect(share.getByLabel('Link to this page')).toHaveValue(/\/conditions\/post-traumatic-stress-disorder-ptsd$/)
  await share.getByRole('link', { name: 'Printable handout' }).click()
  await expect(page).toHaveURL(/\/conditions\/post-traumatic-stress-disorder-ptsd\/handout$/)
})

test('the handout prints on one A4 or Letter page with the QR code, disclaimer and crisis help', async ({ page }) => {
  const response = await page.goto(`${e2e.webUrl()}/conditions/treatment-resistant-depression/handout`)
  expect(response?.status()).toBe(200)
  await expect(page.locator('[data-handout]').getByRole('img', { name: /QR code/ })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
  await expect(page.locator('[data-crisis-help]')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden()
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1')
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
    expect(pages, format).toBe(1)
  }
})

test('sitemap, robots and feed list published content only, and every sitemap page carries the disclaimer', async ({ page, request }) => {
  const sitemap = await (await request.get(`${e2e.webUrl()}/sitemap.xml`)).text()
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  expect(urls.length).toBeGreaterThanOrEqual(3 + 10 + 9)
  expect((await (await request.get(`${e2e.webUrl()}/robots.txt`)).text())).toContain('/sitemap.xml')
  const feed = await request.get(`${e2e.webUrl()}/feed.xml`)
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  expect((await feed.text()).match(/<item>/g)?.length).toBeGreaterThanOrEqual(9)

  for (const url of urls) {
    const path = new URL(url).pathname
    const response = await page.goto(`${e2e.webUrl()}${path}`)
    expect(response?.status(), path).toBe(200)
    // Spanish pages (under /es) carry the same required disclaimer in Spanish.
    await expect(page.locator('[data-mandatory-disclaimer]'), path).toContainText(path.startsWith('/es') ? 'No es para emergencias' : 'Not for emergencies')
  }
})

test('condition, article and contraindication pages carry schema.org data with the review', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/conditions/treatment-resistant-depression`)
  const condition = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(condition).toMatchObject({
    '@type': 'MedicalWebPage',
    reviewedBy: { '@type': 'Person', name: 'Dr Demo Reviewer, MD, Psychiatrist' },
    about: { '@type': 'MedicalCondition', name: 'Treatment-resistant depression' },
  })
  expect(condition.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(condition.about.contraindication[0]['@type']).toBe('MedicalContraindication')

  // The canonical address is absolute, on the portal's public address (WEB_URL), not Next's localhost default.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${e2e.webUrl()}/conditions/treatment-resistant-depression`)

  await page.goto(`${e2e.webUrl()}/articles/ketamine-safety`)
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(article['@type']).toBe('MedicalWebPage')

  await page.goto(`${e2e.webUrl()}/contraindications`)
  const contraindications = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  const listed = await page.locator('main li h3').count()
  expect(contraindications.hasPart).toHaveLength(listed)
  expect(contraindications.hasPart[0]).toMatchObject({ '@type': 'MedicalContraindication', name: expect.any(String), description: expect.any(String) })
})
