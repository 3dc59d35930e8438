import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

import { signInToAdmin } from './support/cms'
import { e2e } from './support/env'

const post = (title: string) => `${title}

Ketamine clinics often get questions about chronic pain. This short post answers the most common ones.

What to Expect

  • A health check before each session
  • Monitoring during the session

Previous
Previous

An Older Post About Our Team
`

test('an editor imports posts in the admin and sees a report per post', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kat-import-'))
  try {
    const title = `Imported in the admin ${Date.now()}`
    writeFileSync(path.join(dir, 'post.txt'), post(title))
    writeFileSync(path.join(dir, 'empty.txt'), '')
    await signInToAdmin(page, 'editor@example.com')
    await expect(page.getByRole('link', { name: 'Import posts' })).toHaveAttribute('href', '/admin/import-posts')
    await page.goto(`${e2e.cmsUrl()}/admin/import-posts`)
    await expect(page.getByRole('heading', { name: 'Import posts' })).toBeVisible()
    await page.getByLabel('Files (.txt, .html, .md)').setInputFiles([path.join(dir, 'post.txt'), path.join(dir, 'empty.txt')])
    await page.getByRole('button', { name: 'Import' }).click()
    const report = page.locator('[data-import-report]')
    await expect(report.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 })
    await expect(report).toContainText('Draft created')
    await expect(report).toContainText('Chronic pain')
    await expect(report).toContainText('Not imported:')
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
    expect(stdout, stderr.slice(-2000)).toMatch(/^\[/)
    const reports = JSON.parse(stdout) as { file: string; ok: boolean; action?: string; conditions?: string[]; error?: string }[]
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
