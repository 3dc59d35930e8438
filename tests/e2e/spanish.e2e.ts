import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { e2e } from './support/env'
import { expectLeanPages } from './support/lean-pages'

/**
 * The portal in Spanish: every reader route under /es with lang="es", its UI, disclaimer and crisis help
 * in Spanish, hreflang pairs, the language switcher, Spanish dates, the feed, and a page whose
 * translation is not approved saying so. Which documents have an approved Spanish version is read from
 * the sitemap (a Spanish entry only for those), so the tests follow the demo content.
 */
const CONDITION = 'treatment-resistant-depression'

const SPANISH_ROUTES = [
  '/es',
  '/es/conditions',
  `/es/conditions/${CONDITION}`,
  `/es/conditions/${CONDITION}/handout`,
  '/es/articles',
  '/es/articles?condition=chronic-pain',
  '/es/articles?q=ketamina',
  '/es/contraindications',
  '/es/share',
  `/es/share/packet?c=${CONDITION}`,
  // Where a health record's Spanish link with two codes lands.
  '/es/connect/results?mainSearchCriteria.v.c=F33.1&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=R45.851&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&informationRecipient.languageCode.c=es',
  '/es/no-such-page',
  '/es/conditions/no-such-condition',
]

type SitemapEntry = { url: string; alternates: Record<string, string> }

async function sitemap(): Promise<SitemapEntry[]> {
  const xml = await (await fetch(`${e2e.webUrl()}/sitemap.xml`)).text()
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    url: /<loc>([^<]+)<\/loc>/.exec(entry!)![1]!,
    alternates: Object.fromEntries([...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, href!])),
  }))
}

const pathOf = (url: string) => new URL(url).pathname

/** What every Spanish page shows: lang="es", the disclaimer and crisis help in Spanish. */
async function expectSpanishFrame(page: Page, route: string) {
  await expect(page.locator('html'), route).toHaveAttribute('lang', 'es')
  const crisis = page.locator('[data-crisis-help]')
  await expect(crisis, route).toHaveAttribute('aria-label', 'Ayuda en caso de crisis')
  await expect(crisis, route).toContainText(/suicidio|crisis/i)
  await expect(crisis.getByRole('link', { name: '988' }), route).toBeVisible()
  const disclaimer = page.locator('[data-mandatory-disclaimer]')
  await expect(disclaimer, route).toHaveAttribute('aria-label', 'Aviso médico')
  await expect(disclaimer, route).not.toContainText(/medical advice|This site/i)
  await expect(disclaimer.locator('h2').first(), route).not.toBeEmpty()
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Afecciones' }), route).toBeVisible()
}

test('every Spanish route is in Spanish, with the disclaimer and crisis help in Spanish (404 included)', async ({ page }) => {
  for (const route of SPANISH_ROUTES) {
    const response = await page.goto(`${e2e.webUrl()}${route}`)
    expect(response?.status(), route).toBe(route.includes('no-such') ? 404 : 200)
    await expectSpanishFrame(page, route)
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos la página')
})

for (const route of SPANISH_ROUTES) {
  test(`WCAG 2.2 AA: no axe violations on ${route}`, async ({ page }) => {
    await page.goto(`${e2e.webUrl()}${route}`)
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
  })
}

test('Spanish pages are plain HTML within the same weight budgets', async () => {
  await expectLeanPages(e2e.webUrl(), SPANISH_ROUTES)
})

test('English pages stay where they were, in English', async ({ page }) => {
  for (const route of ['/', '/conditions', `/conditions/${CONDITION}`, '/articles', '/contraindications']) {
    expect((await page.goto(`${e2e.webUrl()}${route}`))?.status(), route).toBe(200)
    await expect(page.locator('html'), route).toHaveAttribute('lang', 'en')
    await expect(page.locator('[data-mandatory-disclaimer]'), route).toHaveAttribute('aria-label', 'Medical disclaimer')
  }
})

test('the Spanish journey: home, a condition, its handout, articles filtered and searched', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/es`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ketamina')
  await page.getByTestId('condition-list').locator(`a[href="/es/conditions/${CONDITION}"]`).click()
  await expect(page).toHaveURL(new RegExp(`/es/conditions/${CONDITION}$`))
  const heading = await page.getByRole('heading', { level: 1 }).textContent()
  expect(heading).toMatch(/depresión/i)
  // Dates as Spanish readers write them (es-US), the translation's own review beside the clinical one.
  await expect(page.locator('[data-review-info]')).toContainText(/Revisado clínicamente.* el \d{1,2} de [a-z]+ de \d{4}/)
  await expect(page.locator('[data-translation-review]')).toContainText(/Traducción al español revisada .* \d{1,2} de [a-z]+ de \d{4}/)
  await expect(page.getByRole('heading', { name: /Qué tan sólida es la evidencia/ })).toBeVisible()
  const structured = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(structured.inLanguage).toBe('es')

  const share = page.getByRole('region', { name: 'Compartir con un paciente' })
  await expect(share.getByLabel('Enlace a esta página')).toHaveValue(new RegExp(`/es/conditions/${CONDITION}$`))
  await share.getByRole('link', { name: 'Hoja para imprimir' }).click()
  await expect(page).toHaveURL(new RegExp(`/es/conditions/${CONDITION}/handout$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!)
  await expect(page.getByRole('heading', { name: 'Preguntas para su profesional de la salud' })).toBeVisible()
  // The QR code leads to the Spanish page.
  await expect(page.locator('[data-handout]').getByRole('img', { name: new RegExp(`Código QR de .*/es/conditions/${CONDITION}$`) })).toBeVisible()

  await page.goto(`${e2e.webUrl()}/es/articles`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artículos')
  const total = Number(/\d+/.exec((await page.locator('[aria-live="polite"]').textContent())!)![0])
  expect(total).toBeGreaterThanOrEqual(5)
  await page.getByLabel('Buscar').fill('ketamina')
  await page.getByRole('button', { name: 'Mostrar artículos' }).click()
  await expect(page).toHaveURL(/\/es\/articles\?q=ketamina$/)
  await expect(page.getByTestId('article-results').getByRole('link').first()).toHaveAttribute('href', /^\/es\/articles\//)
  await expect(page.getByRole('list', { name: 'Filtros activos' })).toContainText('“ketamina”')
})

test('without JavaScript the Spanish filters are a plain form that keeps the language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${e2e.webUrl()}/es/articles`)
  await expect(page.getByRole('button', { name: 'Copiar enlace' })).toHaveCount(0)
  const box = page.getByRole('checkbox').first()
  const slug = await box.getAttribute('value')
  await box.check()
  await page.getByRole('button', { name: 'Mostrar artículos' }).click()
  await expect(page).toHaveURL(new RegExp(`/es/articles\\?condition=${slug}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('list', { name: 'Filtros activos' }).getByRole('link', { name: /quitar filtro/ })).toHaveCount(1)
  await page.getByLabel('Buscar').fill('ketamina')
  await page.getByRole('button', { name: 'Mostrar artículos' }).click()
  await expect(page).toHaveURL(/\/es\/articles\?condition=.*&q=ketamina$/)
  await expect(page.locator('[aria-live="polite"]')).toHaveText(/^\d+ artículos?$/)
  await context.close()
})

test('the language switcher keeps the page, both ways, and is a plain link', async ({ page }) => {
  for (const [english, spanish] of [
    ['/', '/es'],
    ['/conditions', '/es/conditions'],
    [`/conditions/${CONDITION}`, `/es/conditions/${CONDITION}`],
    [`/conditions/${CONDITION}/handout`, `/es/conditions/${CONDITION}/handout`],
    ['/articles?condition=chronic-pain', '/es/articles?condition=chronic-pain'],
    ['/contraindications', '/es/contraindications'],
    ['/share', '/es/share'],
  ]) {
    await page.goto(`${e2e.webUrl()}${english}`)
    const toSpanish = page.locator('[data-language-switch] a')
    await expect(toSpanish).toHaveAttribute('hreflang', 'es')
    await toSpanish.click()
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(spanish)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await page.getByRole('link', { name: 'Read in English' }).click()
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(english)
  }
})

/** A page of the portal by its public address (the sitemap's), fetched from the test stack. */
const pageAt = async (url: string) => (await fetch(`${e2e.webUrl()}${pathOf(url)}`)).text()

/**
 * The `<link rel="alternate" hreflang>` elements of a page, by language, as paths: Next writes the site
 * root without its slash, and a page prerendered by an earlier run on the same build keeps that run's host.
 */
const hreflangLinks = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)]
      .map(([link]) => [/hreflang="([^"]+)"/i.exec(link)?.[1], /href="([^"]+)"/.exec(link)?.[1]])
      .map(([lang, href]) => [lang, href && pathOf(href)])
      .filter((pair): pair is [string, string] => Boolean(pair[0] && pair[1])),
  )

test('hreflang pairs for every sitemap URL, both ways, in the sitemap and on the page', async () => {
  const entries = await sitemap()
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]))
  const spanish = entries.filter((entry) => pathOf(entry.url).startsWith('/es'))
  expect(spanish.length).toBeGreaterThanOrEqual(3 + 10 + 5)
  for (const entry of entries) {
    if (!entry.alternates.es) {
      // Listed in English only: no approved Spanish version, and the page names no Spanish alternate.
      expect(pathOf(entry.url).startsWith('/es'), entry.url).toBe(false)
      expect(hreflangLinks(await pageAt(entry.url)), entry.url).toEqual({})
      continue
    }
    const { en, es } = entry.alternates
    expect(entry.alternates['x-default'], entry.url).toBe(en)
    expect([en, es], entry.url).toContain(entry.url)
    expect(byUrl.get(en!)?.alternates.es, entry.url).toBe(es)
    expect(byUrl.get(es!)?.alternates.en, entry.url).toBe(en)
    const html = await pageAt(entry.url)
    expect(hreflangLinks(html), entry.url).toEqual({ en: pathOf(en!), es: pathOf(es!), 'x-default': pathOf(en!) })
    expect(html, entry.url).toContain(`<html lang="${pathOf(entry.url).startsWith('/es') ? 'es' : 'en'}"`)
  }
})

test('a page without an approved Spanish version says so in Spanish, links the English page and has no Spanish alternate', async ({ page }) => {
  // The demo content is all translated: an English-only condition, published through the workflow.
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const name = `English only ${Date.now()}`
  const id = await cms.createAndPublish('conditions', { name, summary: 'A condition with no Spanish text yet.', evidenceLevel: 'investigational' })
  try {
    const { json } = await cms.call(null, 'GET', `/conditions/${id}?depth=0`)
    const english = `/conditions/${json.slug as string}`
    const entries = await sitemap()
    const entry = entries.find((each) => pathOf(each.url) === english)
    expect(entry, english).toBeTruthy()
    expect(entry!.alternates).toEqual({})
    expect(entries.some((each) => pathOf(each.url) === `/es${english}`)).toBe(false)
    expect(hreflangLinks(await pageAt(entry!.url))).toEqual({})

    const response = await page.goto(`${e2e.webUrl()}/es${english}`)
    expect(response?.status()).toBe(200)
    await expectSpanishFrame(page, english)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esta página todavía no está disponible en español')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    // Nothing of the English text under the Spanish heading: the notice, and the English page as a link marked English.
    await expect(page.locator('main')).not.toContainText('A condition with no Spanish text yet.')
    await expect(page.locator('main p')).toHaveCount(2)
    const link = page.locator('[data-untranslated] a')
    await expect(link).toHaveText(name)
    await expect(link).toHaveAttribute('href', english)
    await expect(link).toHaveAttribute('lang', 'en')
    await page.goto(`${e2e.webUrl()}/es/conditions`)
    await expect(page.locator('main')).not.toContainText(name)
    await page.goto(`${e2e.webUrl()}/es${english}`)
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${english}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  } finally {
    await cms.remove('conditions', id)
  }
})

test('the Spanish feed lists the Spanish articles with their Spanish pages', async ({ request }) => {
  const response = await request.get(`${e2e.webUrl()}/es/feed.xml`)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await response.text()
  expect(feed).toContain('<language>es</language>')
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link]) => pathOf(link!))
  expect(links.length).toBeGreaterThanOrEqual(5)
  for (const link of links) expect(link).toMatch(/^\/es\/articles\//)
})

test('the Spanish handout prints on one A4 or Letter page', async ({ page }) => {
  const entries = await sitemap()
  const handouts = [
    `/es/conditions/${CONDITION}/handout`,
    ...entries.filter((entry) => /^\/es\/articles\//.test(pathOf(entry.url))).map((entry) => `${pathOf(entry.url)}/handout`),
  ]
  for (const route of handouts) {
    await page.goto(`${e2e.webUrl()}${route}`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Imprimir esta hoja' })).toBeHidden()
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1')
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0, `${route} ${format}`).toBe(1)
    }
    await page.emulateMedia({ media: 'screen' })
  }
})
