/** The editor's side: saving and publishing through REST, and the admin's article list. */
import { cmsClient } from '../tests/support/cms-client'
import { percentile } from './load'

export type StepTimes = { step: string; n: number; p50: number; p95: number; max: number }

function summarize(step: string, times: number[]): StepTimes {
  const sorted = [...times].sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms)
  return { step, n: times.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? 0) }
}

async function timed(run: () => Promise<{ status: number }>): Promise<number> {
  const started = performance.now()
  const { status } = await run()
  if (status !== 200 && status !== 201) throw new Error(`HTTP ${status}`)
  return performance.now() - started
}

/** `n` rounds of the real workflow on one article: the editor saves a draft, the reviewer approves, the editor publishes. */
export async function saveAndPublish(cmsUrl: string, password: string, slug: string, n: number): Promise<StepTimes[]> {
  const cms = cmsClient(cmsUrl, password)
  const id = await cms.idBySlug('articles', slug)
  const times = { save: [] as number[], approve: [] as number[], publish: [] as number[] }
  for (let i = 1; i <= n; i++) {
    const summary = `Benchmark edit ${i}: what the treatment involves, in plain words.`
    times.save.push(await timed(() => cms.call('editor@example.com', 'PATCH', `/articles/${id}?draft=true`, { summary, workflowStatus: 'in-review' })))
    times.approve.push(await timed(() => cms.call('reviewer@example.com', 'PATCH', `/articles/${id}?draft=true`, { workflowStatus: 'approved' })))
    times.publish.push(await timed(() => cms.call('editor@example.com', 'PATCH', `/articles/${id}`, { _status: 'published' })))
  }
  return [summarize('save draft (editor)', times.save), summarize('approve (reviewer)', times.approve), summarize('publish (editor)', times.publish)]
}

/**
 * The admin's article list as an editor opens it: the very first admin request after start (which
 * also loads the admin's code), the list's first response once the admin is up, then warm.
 */
export async function adminList(cmsUrl: string, password: string, warmRuns: number): Promise<{ coldMs: number; firstMs: number; warm: StepTimes }> {
  const token = await cmsClient(cmsUrl, password).signIn('editor@example.com')
  const get = async (path: string) => {
    const started = performance.now()
    const response = await fetch(`${cmsUrl}${path}`, { headers: { cookie: `payload-token=${token}` } })
    await response.text()
    if (!response.ok) throw new Error(`Admin ${path}: HTTP ${response.status}`)
    return performance.now() - started
  }
  const coldMs = await get('/admin/account')
  const firstMs = await get('/admin/collections/articles')
  const warm: number[] = []
  for (let i = 0; i < warmRuns; i++) warm.push(await get('/admin/collections/articles'))
  return { coldMs: Math.round(coldMs), firstMs: Math.round(firstMs), warm: summarize('admin list, warm', warm) }
}
