import { cmsClient, eventually } from './cms-client'

/**
 * The load the resilience test and `pnpm bench` put on the portal: readers on mixed routes, each
 * fetching one page after another for the whole run, while an editor publishes an edit of a
 * condition through the workflow every few seconds and waits for it to show on its page.
 */
export const LOAD_ROUTES = [
  '/',
  '/conditions',
  '/conditions/treatment-resistant-depression',
  '/conditions/chronic-pain',
  '/articles',
  '/articles?condition=chronic-pain',
  '/articles/side-effects-of-ketamine-treatment',
  '/contraindications',
  '/sitemap.xml',
]
const EDITED_CONDITION = 'chronic-pain'

/** The resilience test's load: 100 readers for 60 s, the editor publishing every 2 s. */
export const RESILIENCE_LOAD = { readers: 100, durationMs: 60_000, publishEveryMs: 2_000 }

export type LoadOptions = {
  /** Where the readers read, spread evenly (several portal instances); each must show every edit. */
  webUrls: string[]
  cmsUrl: string
  password: string
  readers: number
  durationMs: number
  /** How often the editor publishes; undefined: no editor, readers only. */
  publishEveryMs?: number
}

export type LoadResult = {
  requests: number
  perSecond: number
  statuses: Record<number, number>
  errors: number
  latencyMs: { p50: number; p95: number; p99: number }
  publishes: number
  publishFailures: number
  /** From the publish's answer to the edit on the condition's page (on every instance), polled every 100 ms. */
  publishToLiveMs: { p50?: number; p95?: number; max?: number }
  publishErrors: string[]
  /** The first few failed requests, for the message. */
  failedRequests: string[]
}

const nth = (sorted: number[], p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!) : undefined)

export async function loadWithWrites(options: LoadOptions): Promise<LoadResult> {
  const cms = cmsClient(options.cmsUrl, options.password)
  const conditionId = await cms.idBySlug('conditions', EDITED_CONDITION)
  const statuses = new Map<number, number>()
  const errors: string[] = []
  const latencies: number[] = []
  const end = Date.now() + options.durationMs

  async function reader(index: number) {
    const base = options.webUrls[index % options.webUrls.length]!
    let i = index
    while (Date.now() < end) {
      const route = LOAD_ROUTES[i++ % LOAD_ROUTES.length]!
      const started = performance.now()
      try {
        const response = await fetch(`${base}${route}`)
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        latencies.push(performance.now() - started)
      } catch (error) {
        errors.push(`${route}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }

  const publishes: { ok: boolean; visibleAfterMs?: number; error?: string }[] = []
  async function editor(every: number) {
    let n = 0
    while (Date.now() < end - every) {
      const started = Date.now()
      const summary = `Chronic pain summary, edition ${++n} (${started}).`
      try {
        await cms.publishEdit('conditions', conditionId, { summary })
        const seen = await Promise.all(
          options.webUrls.map((base) =>
            eventually(
              `edition ${n} on ${base}`,
              async () => (await (await fetch(`${base}/conditions/${EDITED_CONDITION}`)).text()).includes(summary),
              // A publish that does not show within 30 s counts as failed (the page kept old data).
              30_000,
              100,
            ),
          ),
        )
        publishes.push({ ok: true, visibleAfterMs: Math.max(...seen) })
      } catch (error) {
        publishes.push({ ok: false, error: error instanceof Error ? error.message : String(error) })
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, every - (Date.now() - started))))
    }
  }

  await Promise.all([
    ...(options.publishEveryMs === undefined ? [] : [editor(options.publishEveryMs)]),
    ...Array.from({ length: options.readers }, (_, index) => reader(index)),
  ])

  const served = [...statuses.values()].reduce((a, b) => a + b, 0)
  const sorted = [...latencies].sort((a, b) => a - b)
  const visible = publishes.flatMap((p) => (p.visibleAfterMs === undefined ? [] : [p.visibleAfterMs])).sort((a, b) => a - b)
  return {
    requests: served,
    perSecond: Math.round(served / (options.durationMs / 1000)),
    statuses: Object.fromEntries(statuses),
    errors: errors.length,
    latencyMs: { p50: nth(sorted, 50) ?? 0, p95: nth(sorted, 95) ?? 0, p99: nth(sorted, 99) ?? 0 },
    publishes: publishes.length,
    publishFailures: publishes.filter((p) => !p.ok).length,
    publishToLiveMs: { p50: nth(visible, 50), p95: nth(visible, 95), max: visible.at(-1) },
    publishErrors: publishes.flatMap((p) => (p.error ? [p.error.slice(0, 200)] : [])),
    failedRequests: errors.slice(0, 5),
  }
}
