/**
 * Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on the portal, in the same
 * Chromium as the end-to-end tests: Debian's, PLAYWRIGHT_CHROMIUM_EXECUTABLE, or Playwright's own.
 */
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'

import { findFreePort } from '@kat/local-postgres'

import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/chromium'

export type LighthouseScores = {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  cls: number
  failedAudits: string[]
  /** Why Lighthouse could not score the page (its runtime error, or no performance score), if it could not. */
  error?: string
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Category = { score: number | null; auditRefs: { id: string; weight: number }[] }
type Audit = { score: number | null; scoreDisplayMode: string; numericValue?: number }

export async function runLighthouse(urls: string[]): Promise<LighthouseScores[]> {
  const port = await findFreePort(29000 + Math.floor(Math.random() * 500))
  // Lighthouse drives the browser through the DevTools port.
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS] })
  try {
    const scores: LighthouseScores[] = []
    for (const url of urls) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { categories, audits, runtimeError } = result.lhr as unknown as {
        categories: Record<string, Category>
        audits: Record<string, Audit>
        runtimeError?: { code: string }
      }
      const error = runtimeError?.code ?? (categories.performance?.score === null ? 'no performance score' : undefined)
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
      // What keeps a category from 100 (performance: weighted audits under 0.9).
      const failedAudits = CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => {
            const audit = audits[ref.id]
            if (!audit || audit.score === null || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return false
            return id === 'performance' ? ref.weight > 0 && audit.score < 0.9 : audit.score < 1
          })
          .map((ref) => ref.id),
      )
      scores.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
        failedAudits: [...new Set(failedAudits)],
        ...(error ? { error } : {}),
      })
      console.error(`lighthouse ${url}: ${error ?? scores.at(-1)!.performance}`)
    }
    return scores
  } finally {
    await browser.close()
  }
}
