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

/**
 * `n` rounds of the whole review round on one article, each step timed as the admin sends it: the editor
 * saves a draft and sends it for review, the reviewer requests changes with a note, the editor sends it
 * again, the reviewer approves, the editor publishes; and the reviewer's "Since last published" summary.
 */
export async function saveAndPublish(cmsUrl: string, password: string, slug: string, n: number): Promise<StepTimes[]> {
  const cms = cmsClient(cmsUrl, password)
  const id = await cms.idBySlug('articles', slug)
  const steps = ['save draft (editor)', 'send for review (editor)', 'request changes (reviewer)', 'changes since published (reviewer)', 'approve (reviewer)', 'publish (editor)']
  const times = new Map(steps.map((step) => [step, [] as number[]]))
  const time = async (step: string, run: () => Promise<{ status: number }>) => times.get(step)!.push(await timed(run))
  const draft = `/articles/${id}?draft=true`
  for (let i = 1; i <= n; i++) {
    const summary = `Benchmark edit ${i}: what the treatment involves, in plain words.`
    await time(steps[0]!, () => cms.call('editor@example.com', 'PATCH', draft, { summary }))
    await time(steps[1]!, () => cms.call('editor@example.com', 'PATCH', draft, { workflowStatus: 'in-review', workflowNote: 'Plainer summary.' }))
    await time(steps[2]!, () => cms.call('reviewer@example.com', 'PATCH', draft, { workflowStatus: 'draft', workflowNote: 'Say how long it takes.' }))
    await cms.call('editor@example.com', 'PATCH', draft, { workflowStatus: 'in-review' })
    await time(steps[3]!, () => cms.call('reviewer@example.com', 'GET', `/articles/${id}/changes`))
    await time(steps[4]!, () => cms.call('reviewer@example.com', 'PATCH', draft, { workflowStatus: 'approved' }))
    await time(steps[5]!, () => cms.call('editor@example.com', 'PATCH', `/articles/${id}`, { _status: 'published' }))
  }
  return steps.map((step) => summarize(step, times.get(step)!))
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
