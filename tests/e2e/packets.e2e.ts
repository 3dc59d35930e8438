import { expect, test, type Page } from '@playwright/test'
import jsQR from 'jsqr'

import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS
const NOTE = 'Dear Sam, read these before our visit on Tuesday.'
const ARTICLE = 'side-effects-of-ketamine-treatment'

/** The packet's QR code, drawn on a canvas in the page and decoded here. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const pixels = await page.locator('[data-packet-cover] img[alt^="QR code"]').evaluate(async (img: HTMLImageElement) => {
    const size = 400
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size })
    const context = canvas.getContext('2d')!
    context.fillStyle = '#fff'
    context.fillRect(0, 0, size, size)
    const image = new Image()
    image.src = img.src
    await image.decode()
    context.drawImage(image, 0, 0, size, size)
    return Array.from(context.getImageData(0, 0, size, size).data)
  })
  return jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data
}

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

test('a clinician builds a packet; its link, QR code and print carry the topics and never the note', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`))
  await page.goto(`${e2e.webUrl()}/`)
  await page.getByRole('link', { name: 'Patient packets' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Make a patient packet' })).toBeVisible()
  await page.getByLabel('Search topics').fill('pain')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('checkbox', { name: /^Chronic pain/ }).check()
  await page.getByLabel('Search topics').fill('')
  await page.getByRole('button', { name: 'Search' }).click()
  // What was ticked stays ticked through a search.
  await expect(page.getByRole('checkbox', { name: /^Chronic pain/ })).toBeChecked()
  await page.getByRole('checkbox', { name: /^Post-traumatic stress disorder/ }).check()
  await page.locator(`input[name="a"][value="${ARTICLE}"]`).check()
  // Topics come in the builder's order (A–Z), whatever the order they were ticked in.
  await page.getByRole('button', { name: 'Make the packet' }).click()

  await expect(page).toHaveURL(new RegExp(`/share/packet\\?c=chronic-pain&c=post-traumatic-stress-disorder-ptsd&a=${ARTICLE}$`))
  const cover = page.locator('[data-packet-cover]')
  await expect(cover.getByRole('listitem')).toHaveText(['Chronic pain', 'Post-traumatic stress disorder (PTSD)', 'Side effects of ketamine treatment'])
  await expect(page.locator('[data-packet-topic]')).toHaveCount(3)
  expect(await decodeQr(page)).toBe(page.url())
  await expect(cover.getByRole('link', { name: 'E-mail the link' })).toHaveAttribute('href', new RegExp(`^mailto:\\?subject=.*&body=.*${encodeURIComponent(page.url()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))

  // The note is typed on the cover and printed; it never leaves the page.
  await page.locator('[data-packet-note]').click()
  await page.keyboard.type(NOTE)
  if (screenshots) await page.screenshot({ path: `${screenshots}/packet-screen.png`, fullPage: true })
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-packet-note]')).toHaveText(NOTE)
  if (screenshots) await page.screenshot({ path: `${screenshots}/packet-print.png`, fullPage: true })
  await expect(page.getByRole('button', { name: 'Print the packet' })).toBeHidden()
  for (const topic of await page.locator('[data-packet-topic]').all()) {
    expect(await topic.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page')
  }
  await expect(page.locator('[data-crisis-help]')).toBeVisible()
  await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true })
    // The cover, then each of the three topics from a page of its own.
    expect(pdfPages(pdf), format).toBeGreaterThanOrEqual(4)
    console.log(`Packet print preview (${format}): ${pdfPages(pdf)} pages, ${pdf.length} bytes`)
  }
  expect(requests.filter((request) => request.includes('Dear Sam') || request.includes(encodeURIComponent('Dear Sam')))).toEqual([])
})

test('without JavaScript the builder and the packet work as plain pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${e2e.webUrl()}/conditions/chronic-pain`)
  await page.getByRole('link', { name: 'Add to a packet' }).click()
  await expect(page.getByRole('checkbox', { name: /^Chronic pain/ })).toBeChecked()
  await page.getByRole('checkbox', { name: /^Treatment-resistant depression/ }).check()
  await page.getByRole('button', { name: 'Make the packet' }).click()
  // The builder's search box is not part of a packet's address.
  await expect(page).toHaveURL(/\/share\/packet\?c=chronic-pain&c=treatment-resistant-depression$/)
  await expect(page.locator('[data-packet-topic]')).toHaveCount(2)
  await expect(page.getByRole('heading', { level: 2, name: 'Treatment-resistant depression' })).toBeVisible()
  await expect(page.getByText('You must not have ketamine if you have').first()).toBeVisible()
  await expect(page.getByText('Talk to your clinician first if you have').first()).toBeVisible()
  await expect(page.getByText('Questions to ask your clinician').first()).toBeVisible()
  await context.close()
})

test('a packet address with unknown or malformed topics is cleaned up; one with none says so', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/share/packet?c=chronic-pain&c=chronic-pain&c=Not%20A%20Slug&q=pain&note=secret`)
  await expect(page).toHaveURL(/\/share\/packet\?c=chronic-pain$/)
  await page.goto(`${e2e.webUrl()}/share/packet?c=no-such-condition`)
  await expect(page.getByRole('heading', { level: 1, name: 'This packet has no topics' })).toBeVisible()
})

test('an article has a printable handout in the style of the condition handouts', async ({ page }) => {
  await page.goto(`${e2e.webUrl()}/articles/${ARTICLE}`)
  await page.getByRole('link', { name: 'Printable handout' }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/handout$`))
  const handout = page.locator('[data-handout]')
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText('Side effects of ketamine treatment')
  await expect(handout.getByRole('img', { name: /QR code/ })).toBeVisible()
  await expect(handout.getByText('What the full page covers')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-crisis-help]')).toBeVisible()
  await expect(page.locator('[data-mandatory-disclaimer]')).toBeVisible()
})
