import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const screenshots = process.env.E2E_SCREENSHOTS

const post = (title: string) => `${title}

Ketamine clinics often get questions about chronic pain. This short post answers the most common ones.

What to Expect

  • A health check before each session
  • Monitoring during the session

Previous
Previous

An Older Post About Our Team
`

/** A small WordPress export: two published posts (one with no title, one with an old address), a page and a draft. */
const wordpressExport = (stamp: number) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Lakeside Ketamine Care</title>
  <link>https://lakeside.example</link>
  <wp:author><wp:author_login>sam</wp:author_login><wp:author_email>sam@lakeside.example</wp:author_email><wp:author_display_name><![CDATA[Sam Ortiz]]></wp:author_display_name></wp:author>
  <item>
    <title>Ketamine for chronic pain ${stamp}</title>
    <link>https://lakeside.example/2024/02/ketamine-chronic-pain-${stamp}/</link>
    <dc:creator>sam</dc:creator>
    <content:encoded><![CDATA[<p>Many people with chronic pain ask whether ketamine could help. This post explains what a first visit looks like.</p><h2>Before the first session</h2><p>A nurse checks your health and your medicines.</p><p>Share this:</p>]]></content:encoded>
    <wp:post_date>2024-02-05 09:00:00</wp:post_date>
    <wp:post_name>ketamine-chronic-pain-${stamp}</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <category domain="category" nicename="pain"><![CDATA[Pain]]></category>
  </item>
  <item>
    <title></title>
    <link>https://lakeside.example/2024/03/untitled-${stamp}/</link>
    <dc:creator>sam</dc:creator>
    <content:encoded><![CDATA[<p>Our clinic will be closed on the public holiday. Sessions move to the following week.</p>]]></content:encoded>
    <wp:post_date>2024-03-01 09:00:00</wp:post_date>
    <wp:post_name>untitled-${stamp}</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
  </item>
  <item>
    <title>About us</title>
    <link>https://lakeside.example/about/</link>
    <content:encoded><![CDATA[<p>We are a small clinic.</p>]]></content:encoded>
    <wp:status>publish</wp:status>
    <wp:post_type>page</wp:post_type>
  </item>
  <item>
    <title>Half-written post</title>
    <content:encoded><![CDATA[<p>Not ready.</p>]]></content:encoded>
    <wp:status>draft</wp:status>
    <wp:post_type>post</wp:post_type>
  </item>
</channel>
</rss>
`

test('an editor previews a blog export, fixes a title, imports only some posts; once published, the old address answers 308', async ({ page, request }) => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kat-import-'))
  try {
    const stamp = Date.now()
    const title = `Ketamine for chronic pain ${stamp}`
    writeFileSync(path.join(dir, 'blog.xml'), wordpressExport(stamp))
    writeFileSync(path.join(dir, 'post.txt'), post(`Imported in the admin ${stamp}`))
    writeFileSync(path.join(dir, 'empty.txt'), '')
    await signInToAdmin(page, 'editor@example.com')
    await expect(page.getByRole('link', { name: 'Import posts' })).toHaveAttribute('href', '/admin/import-posts')
    await page.goto(`${e2e.cmsUrl()}/admin/import-posts`)
    await expect(page.getByRole('heading', { name: 'Import posts' })).toBeVisible()
    await page.getByLabel('Posts (.txt, .html, .md) or a blog export (.xml)').setInputFiles(['blog.xml', 'post.txt', 'empty.txt'].map((name) => path.join(dir, name)))
    await page.getByRole('button', { name: 'Preview' }).click()

    // The preview: each post parsed, nothing saved yet.
    const preview = page.locator('[data-import-preview]')
    await expect(preview).toContainText('2 published posts. Skipped: 1 pages, 0 attachments, 1 unpublished posts', { timeout: 30_000 })
    const posts = preview.locator('[data-import-post]')
    await expect(posts).toHaveCount(3)
    const pain = posts.filter({ hasText: title })
    await expect(pain).toContainText('Chronic pain · “chronic pain” (named in the post)')
    await expect(pain).toContainText('Author: Sam Ortiz (no account: kept as the original author) · published 2024-02-05 · Pain')
    await expect(pain).toContainText(`Old address: https://lakeside.example/2024/02/ketamine-chronic-pain-${stamp}/`)
    await expect(pain).toContainText('Before the first session')
    await expect(pain.getByText('Page furniture removed: 1 lines')).toBeVisible()
    await expect(preview).toContainText('Not imported:')
    if (screenshots) await page.screenshot({ path: `${screenshots}/import-preview.png`, fullPage: true })
    const cms = cmsClient(e2e.cmsUrl(), e2e.password())
    const byTitle = async (wanted: string) =>
      ((await cms.call('editor@example.com', 'GET', `/articles?draft=true&depth=0&where[title][equals]=${encodeURIComponent(wanted)}`)).json.docs as { id: number; slug: string }[])
    expect(await byTitle(title)).toHaveLength(0)

    // The untitled post gets a title typed in; the plain-text post is left out.
    const untitled = posts.filter({ hasText: 'none found in the post' })
    await untitled.getByLabel(/^Title/).fill(`Holiday hours ${stamp}`)
    await posts.filter({ hasText: `Imported in the admin ${stamp}` }).getByRole('checkbox', { name: /^Import/ }).uncheck()
    await page.getByRole('button', { name: 'Import 2 selected posts' }).click()
    const report = page.locator('[data-import-report]')
    await expect(report.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 })
    await expect(report.getByRole('link', { name: `Holiday hours ${stamp}` })).toBeVisible()
    await expect(report).toContainText('Left out')
    expect(await byTitle(`Imported in the admin ${stamp}`)).toHaveLength(0)

    // Reviewed and published: the clinic's old link now leads to the article.
    const [article] = await byTitle(title)
    await cms.publishEdit('articles', article!.id, { audience: 'clinicians' })
    const old = await request.get(`${e2e.webUrl()}/2024/02/ketamine-chronic-pain-${stamp}`, { maxRedirects: 0 })
    expect(old.status()).toBe(308)
    expect(old.headers().location).toBe(`/articles/${article!.slug}`)
    // As the clinic's link was written (with its trailing slash), it ends on the article.
    const followed = await request.get(`${e2e.webUrl()}/2024/02/ketamine-chronic-pain-${stamp}/`)
    expect([followed.status(), new URL(followed.url()).pathname]).toEqual([200, `/articles/${article!.slug}`])
    expect((await request.get(`${e2e.webUrl()}/2024/02/no-such-post-${stamp}`, { maxRedirects: 0 })).status()).toBe(404)

    await report.getByRole('link', { name: title }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('pnpm import:posts --dry-run --json prints one report per file and exits non-zero for a bad file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kat-import-cli-'))
  try {
    writeFileSync(path.join(dir, 'a.txt'), post(`From the command line ${Date.now()}`))
    writeFileSync(path.join(dir, 'b.md'), `# Markdown Post\n\nSomething about PTSD and ketamine.\n`)
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00]))
    let stdout = ''
    let stderr = ''
    let status = 0
    try {
      stdout = execFileSync('pnpm', ['--silent', 'import:posts', dir, '--dry-run', '--json'], {
        env: {
          ...process.env,
          DATABASE_URL: e2e.databaseUrl(),
          PAYLOAD_SECRET: e2e.payloadSecret(),
          REVALIDATE_SECRET: e2e.revalidateSecret(),
          PREVIEW_SECRET: e2e.previewSecret(),
        },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    } catch (error) {
      status = (error as { status: number }).status
      stdout = (error as { stdout: string }).stdout
      stderr = (error as { stderr: string }).stderr
    }
    expect(status, stderr.slice(-2000)).toBe(1)
    expect(stdout, stderr.slice(-2000)).toMatch(/^\{/)
    const { reports } = JSON.parse(stdout) as { reports: { file: string; ok: boolean; action?: string; conditions?: string[]; error?: string }[] }
    expect(reports.map((report) => [path.basename(report.file), report.ok, report.action ?? null])).toEqual([
      ['a.txt', true, 'would-create'],
      ['b.md', true, 'would-create'],
      ['bad.txt', false, null],
    ])
    expect(reports[1]!.conditions).toEqual(['Post-traumatic stress disorder (PTSD)'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
