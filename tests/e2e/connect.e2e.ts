import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS
const ICD = '2.16.840.1.113883.6.90'
const SNOMED = '2.16.840.1.113883.6.96'
const connect = (...codes: [string, string][]) =>
  `/connect?${codes.map(([code, system]) => `mainSearchCriteria.v.c=${encodeURIComponent(code)}&mainSearchCriteria.v.cs=${system}`).join('&')}`

test('a health record links by ICD-10-CM or SNOMED CT code straight to the condition page, a subcode finding its category', async ({ request }) => {
  for (const [codes, page] of [
    [[['F33.1', ICD]], '/conditions/treatment-resistant-depression'],
    [[['F43.10', ICD]], '/conditions/post-traumatic-stress-disorder-ptsd'],
    [[['47505003', SNOMED]], '/conditions/post-traumatic-stress-disorder-ptsd'],
    [[['F31.32', ICD]], '/conditions/bipolar-depression'],
    [[['G89.29', ICD]], '/conditions/chronic-pain'],
  ] as [[string, string][], string][]) {
    const response = await request.get(`${e2e.webUrl()}${connect(...codes)}`, { maxRedirects: 0 })
    expect([response.status(), response.headers().location], codes.join()).toEqual([303, page])
  }
})

test('several matches offer a choice; no match offers the A–Z; both are full pages with the crisis help', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}${connect(['F33.1', ICD], ['R45.851', ICD])}`)
  await expect(page).toHaveURL(/\/connect\/results\?/)
  await expect(page.getByRole('heading', { level: 1, name: 'Topics for your health record' })).toBeVisible()
  const choices = page.locator('main li a')
  await expect(choices).toHaveText(['Depression with suicidal thoughts', 'Treatment-resistant depression'])
  await expect(page.getByText('988').first()).toBeVisible()

  await page.goto(`${e2e.webUrl()}${connect(['J45.909', ICD])}`)
  await expect(page.getByRole('heading', { level: 1, name: 'We have no page for that code yet' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Chronic pain' })).toBeVisible()
})

test('in Spanish, the choice, the A–Z and the errors are Spanish pages; a condition with no reviewed Spanish page links its English one, marked as English', async ({ page }) => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const stamp = Date.now()
  // English only, with a code under the eating disorders' F50: the code finds both.
  const english = `Connect in English ${stamp}`
  const id = await cms.createAndPublish('conditions', {
    name: english,
    slug: `connect-in-english-${stamp}`,
    summary: 'A condition page with no Spanish translation yet.',
    evidenceLevel: 'investigational',
    disclaimers: [await cms.idByTitle('disclaimers', 'Medical disclaimer')],
    codes: [{ system: 'icd10cm', code: 'F50.81' }],
  })
  try {
    const spanish = '&informationRecipient.languageCode.c=es'
    await page.goto(`${e2e.webUrl()}${connect(['F50.81', ICD])}${spanish}`)
    await expect(page).toHaveURL(/\/es\/connect\/results\?/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1, name: 'Temas de su historia clínica' })).toBeVisible()
    const choices = page.locator('main li a')
    await expect(choices).toHaveText([english, 'Trastornos de la conducta alimentaria'])
    await expect(choices.first()).toHaveAttribute('href', `/conditions/connect-in-english-${stamp}`)
    await expect(choices.first()).toHaveAttribute('hrefLang', 'en')
    await expect(page.locator('main li').first()).toHaveAttribute('lang', 'en')
    await expect(page.locator('main li').first()).toContainText('(en inglés)')
    await expect(choices.nth(1)).toHaveAttribute('href', '/es/conditions/eating-disorders')
    await expect(page.locator('main li').nth(1)).toContainText('Revisado por un profesional clínico el')
    await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
    if (screenshots) await page.screenshot({ path: `${screenshots}/connect-results-es.png`, fullPage: true })

    await page.goto(`${e2e.webUrl()}${connect(['J45.909', ICD])}${spanish}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Todavía no tenemos una página para ese código' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Dolor crónico' })).toHaveAttribute('href', '/es/conditions/chronic-pain')

    const bad = await page.goto(`${e2e.webUrl()}/connect?mainSearchCriteria.v.c=F33.1${spanish}`)
    expect(bad?.status()).toBe(400)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1, name: 'No podemos responder a este enlace' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ver todas las afecciones de la A a la Z' })).toHaveAttribute('href', '/es/conditions')
  } finally {
    await cms.remove('conditions', id)
  }
})

test('the JSON answer lists each match with title, summary, address, review date and the codes it matched', async ({ request }) => {
  const response = await request.get(`${e2e.webUrl()}${connect(['F43.1', ICD], ['82423001', SNOMED])}&knowledgeResponseType=application/json&informationRecipient.languageCode.c=es`)
  expect(response.status()).toBe(200)
  const body = (await response.json()) as {
    query: unknown
    matches: { title: string; url: string; lastReviewed: string; language: string; matchedCodes: unknown[] }[]
    notice?: string
  }
  expect(body.query).toEqual({
    codes: [
      { system: 'ICD-10-CM', oid: ICD, code: 'F43.1' },
      { system: 'SNOMED CT', oid: SNOMED, code: '82423001' },
    ],
    language: 'es',
  })
  // Spanish was asked for, and both conditions have a reviewed Spanish page: Spanish titles and addresses.
  expect(body.matches).toHaveLength(2)
  for (const match of body.matches) {
    expect(match.language).toBe('es')
    expect(match.url).toMatch(/^https?:\/\/[^/]+\/es\/conditions\/[a-z0-9-]+$/)
    expect(match.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}/)
  }
  expect(body.matches.map((match) => match.title)).not.toContain('Chronic pain')
  expect(body.notice).toBeUndefined()
  const english = await request.get(`${e2e.webUrl()}${connect(['F43.1', ICD], ['82423001', SNOMED])}&knowledgeResponseType=application/json`)
  const englishBody = (await english.json()) as { matches: { title: string; url: string; language: string }[] }
  expect(englishBody.matches.map((match) => match.title).sort()).toEqual(['Chronic pain', 'Post-traumatic stress disorder (PTSD)'])
  for (const match of englishBody.matches) expect(match.url).toMatch(/^https?:\/\/[^/]+\/conditions\/[a-z0-9-]+$/)
  const none = await request.get(`${e2e.webUrl()}${connect(['Z00.00', ICD])}&knowledgeResponseType=application/json`)
  expect(((await none.json()) as { matches: unknown[] }).matches).toEqual([])
})

test('malformed /connect requests are a 400 that says what to send, never a 5xx', async ({ request }) => {
  const bad = [
    '/connect',
    '/connect?mainSearchCriteria.v.c=F33.1',
    `/connect?mainSearchCriteria.v.c=F33.1&mainSearchCriteria.v.cs=1.2.3`,
    `/connect?mainSearchCriteria.v.c=depression&mainSearchCriteria.v.cs=${ICD}`,
    `/connect?mainSearchCriteria.v.c=47505004&mainSearchCriteria.v.cs=${SNOMED}`,
    `/connect?mainSearchCriteria.v.c=%3Cscript%3E&mainSearchCriteria.v.cs=${ICD}`,
    `/connect?mainSearchCriteria.v.c=F33&mainSearchCriteria.v.cs=${ICD}&knowledgeResponseType=text/xml`,
    `/connect?mainSearchCriteria.v.c=F33&mainSearchCriteria.v.cs=${ICD}&informationRecipient.languageCode.c=%00`,
    `/connect?mainSearchCriteria.v.c=${'F'.repeat(5000)}&mainSearchCriteria.v.cs=${ICD}`,
    `/connect?${Array.from({ length: 30 }, () => `mainSearchCriteria.v.c=F33&mainSearchCriteria.v.cs=${ICD}`).join('&')}`,
    `/connect?mainSearchCriteria.v.c1=F33&mainSearchCriteria.v.c2=F43.1&mainSearchCriteria.v.cs1=${ICD}`,
  ]
  for (const path of bad) {
    const types = path.includes('knowledgeResponseType') ? [''] : ['text/html', 'application/json']
    for (const type of types) {
      const url = type ? `${path}${path.includes('?') ? '&' : '?'}knowledgeResponseType=${type}` : path
      const response = await request.get(`${e2e.webUrl()}${url}`, { maxRedirects: 0 })
      const text = await response.text()
      expect(response.status(), url).toBe(400)
      expect(text).not.toContain('<script>')
      if (type === 'application/json') expect((JSON.parse(text) as { error: string }).error.length).toBeGreaterThan(10)
      else expect(text).toContain('Browse all conditions')
    }
  }
})
