/**
 * `pnpm bench`: production builds on a fresh embedded database with the demo content plus synthetic
 * articles (BENCH_ARTICLES, default 10,000), measured beside two references run in the same session:
 * a prerendered page of a minimal Next app and a plain Node server sending the same bytes (the ceiling).
 * Prints a table with the targets and writes bench/results/<timestamp>.json. BENCH_ONLY picks sections.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ARTICLE_SEARCH_PATH, routes } from '@kat/contract'

import { cmsClient, eventually } from '../tests/support/cms-client'
import { LOAD_ROUTES, loadWithWrites, RESILIENCE_LOAD, type LoadResult } from '../tests/support/load-with-writes'
import { pageWeight, weightBudgetKb } from '../tests/support/page-weight'
import { startTestRedis } from '../tests/support/redis'
import { startTestStack, type AppInstance, type TestStack } from '../tests/support/test-stack'
import { adminList, saveAndPublish } from './editor'
import { importExport } from './import'
import type { LighthouseScores } from './lighthouse'
import { latency, percentile, throughput, type LatencyResult, type ThroughputResult } from './load'
import { samplePeakMemory } from './memory'
import { articleQueryStats, QUERY_STATS_SETTINGS, resetQueryStats, type StatementStats } from './query-stats'
import { firstDifference, startPagesRouterApproach, visibleText } from './approaches'
import { startCeiling, startScriptlessCopy, startStaticNextReference, type Reference } from './reference'
import { addSyntheticArticles } from './synthetic-articles'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000)
const LIST_REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 100)
const LIST_CONCURRENCY = Number(process.env.BENCH_LIST_CONCURRENCY ?? 1)
const CONNECTIONS = 50
const CONDITION = 'treatment-resistant-depression'
const ARTICLE = 'side-effects-of-ketamine-treatment'
/** Publish-to-live edits this condition, and a citation and a contraindication its page shows. */
const LIVE_CONDITION = 'anxiety-disorders'
/** BENCH_ONLY=pages,lists,editor,import,weight,lighthouse,instances,writes,approaches runs some sections; all by default. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean)
const SEARCH_TERMS = ['ketamine', 'depression', 'nasal spray', 'side effects', 'pain', 'dissociation', 'blood pressure', 'therapy', 'anxiety', 'sleep']

/** Warm pages at 50 connections, the references and our pages alternated, ROUNDS times. */
async function warmPages(targets: [string, string][]) {
  const runs: ThroughputResult[] = []
  for (const [, url] of targets) await fetch(url)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, url] of targets) {
      runs.push(await throughput(name, url, CONNECTIONS, DURATION_S))
      console.error(`measured ${name} (round ${round})`)
    }
  }
  return targets.map(([name]) => {
    const mine = runs.filter((run) => run.name === name)
    return {
      name,
      reqPerSec: Math.round(mine.reduce((sum, run) => sum + run.reqPerSec, 0) / mine.length),
      p50: Math.max(...mine.map((run) => run.p50)),
      p99: Math.max(...mine.map((run) => run.p99)),
      errors: mine.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
    }
  })
}

type ListScenario = { name: string; portal: (i: number) => string; cms: (i: number) => string }

/** Every request a distinct URL, so neither the portal's data cache nor its page cache can answer. */
function listScenarios(stack: TestStack, conditions: { slug: string }[]): ListScenario[] {
  const pairs = conditions.flatMap((a, i) => conditions.slice(i + 1).map((b) => [a, b] as const))
  // The CMS call the portal makes for the same list (lib/content.ts getArticleList).
  const cmsList = (params: [string, string][]) => `${stack.cmsUrl}${ARTICLE_SEARCH_PATH}?${new URLSearchParams([...params, ['limit', '10']])}`
  const one = (i: number) => ({ condition: conditions[i % conditions.length]!, page: Math.floor(i / conditions.length) + 1 })
  const two = (i: number) => ({ pair: pairs[i % pairs.length]!, page: Math.floor(i / pairs.length) + 1 })
  const term = (i: number) => SEARCH_TERMS[i % SEARCH_TERMS.length]!
  const searchPage = (i: number) => Math.floor(i / SEARCH_TERMS.length) + 1
  const deepPage = (i: number) => Math.max(1, Math.ceil(ARTICLES / 10) - i)
  return [
    {
      name: 'one condition',
      portal: (i) => `${stack.webUrl}/articles?condition=${one(i).condition.slug}&page=${one(i).page}`,
      cms: (i) => cmsList([['condition', one(i).condition.slug], ['page', String(one(i).page)]]),
    },
    {
      name: 'two conditions',
      portal: (i) => `${stack.webUrl}/articles?condition=${two(i).pair[0].slug}&condition=${two(i).pair[1].slug}&page=${two(i).page}`,
      cms: (i) => cmsList([['condition', two(i).pair[0].slug], ['condition', two(i).pair[1].slug], ['page', String(two(i).page)]]),
    },
    {
      name: 'search term',
      portal: (i) => `${stack.webUrl}/articles?q=${encodeURIComponent(term(i))}&page=${searchPage(i)}`,
      cms: (i) => cmsList([['q', term(i)], ['page', String(searchPage(i))]]),
    },
    {
      name: 'deep pages',
      portal: (i) => `${stack.webUrl}/articles?page=${deepPage(i)}`,
      cms: (i) => cmsList([['page', String(deepPage(i))]]),
    },
  ]
}

async function filteredLists(stack: TestStack, databaseUrl: string) {
  const { json } = await cmsClient(stack.cmsUrl, stack.password).call(null, 'GET', '/conditions?limit=100&depth=0&select[slug]=true')
  const conditions = json.docs as { slug: string }[]
  const results: { scenario: string; portal: LatencyResult; cms: LatencyResult; statements: StatementStats[] }[] = []
  for (const scenario of listScenarios(stack, conditions)) {
    await fetch(scenario.portal(LIST_REQUESTS)) // warms the route and the condition lookups, not the lists
    await resetQueryStats(databaseUrl)
    const portal = await latency(`/articles: ${scenario.name}`, scenario.portal, { n: LIST_REQUESTS, concurrency: LIST_CONCURRENCY })
    const statements = await articleQueryStats(databaseUrl)
    const cms = await latency(`CMS: ${scenario.name}`, scenario.cms, { n: LIST_REQUESTS, concurrency: LIST_CONCURRENCY })
    results.push({ scenario: scenario.name, portal, cms, statements })
    console.error(`measured lists: ${scenario.name}`)
  }
  return results
}

/** What a publish-to-live run edits: a document, and a page that shows it (its own or one embedding it). */
type LiveEdit = { name: string; collection: string; id: number; path: string; data: (edition: string) => Record<string, unknown> }

/** The condition page, and a citation and a contraindication it embeds: each edited through the workflow. */
async function liveEdits(stack: TestStack): Promise<LiveEdit[]> {
  const { json } = await cmsClient(stack.cmsUrl, stack.password).call(null, 'GET', `/conditions?where[slug][equals]=${LIVE_CONDITION}&depth=0&limit=1`)
  const condition = (json.docs as { id: number; citations: number[]; contraindications: number[] }[])[0]!
  const path = routes.condition(LIVE_CONDITION)
  return [
    { name: 'condition page', collection: 'conditions', id: condition.id, path, data: (edition) => ({ summary: `Anxiety summary, ${edition}.` }) },
    { name: 'embedded citation', collection: 'citations', id: condition.citations[0]!, path, data: (edition) => ({ title: `Benchmark citation, ${edition}` }) },
    {
      name: 'embedded contraindication',
      collection: 'contraindications',
      id: condition.contraindications[0]!,
      path,
      data: (edition) => ({ patientExplanation: `Benchmark explanation, ${edition}.` }),
    },
  ]
}

/** From the publish's answer (the CMS has told the portal by then) to the page showing the edit. */
async function publishToLive(stack: TestStack, count: number, edit: LiveEdit, baseUrl = stack.webUrl, notify?: (path: string) => Promise<void>) {
  const cms = cmsClient(stack.cmsUrl, stack.password)
  const times: number[] = []
  for (let i = 1; i <= count; i++) {
    const edition = `benchmark edition ${i} (${Date.now()})`
    await cms.publishEdit(edit.collection, edit.id, edit.data(edition))
    const published = Date.now()
    // An app the CMS does not notify is told here, inside the measured time.
    await notify?.(edit.path)
    await eventually(`the edition on ${edit.path}`, async () => (await (await fetch(`${baseUrl}${edit.path}`)).text()).includes(edition), 10_000, 20)
    times.push(Date.now() - published)
  }
  times.sort((a, b) => a - b)
  return { name: edit.name, n: count, p50: times[Math.floor(count / 2)]!, p95: times[Math.min(count - 1, Math.floor(count * 0.95))]!, max: times.at(-1)! }
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**')

/** The pages the two-instance comparison reads: a document page and a filtered list. */
const INSTANCE_ROUTES = [`/conditions/${CONDITION}`, '/articles?condition=chronic-pain']

/** A stack of its own (demo content) whose portal runs two instances sharing a real Redis, for `measure`. */
async function withTwoInstances<T>(label: string, measure: (stack: TestStack, second: AppInstance) => Promise<T>): Promise<T> {
  const redis = await startTestRedis()
  try {
    const stack = await startTestStack(label, { env: { REDIS_URL: redis.url } })
    try {
      return await measure(stack, await stack.startWebInstance())
    } finally {
      await stack.stop()
    }
  } finally {
    await redis.stop()
  }
}

/**
 * Two portal instances sharing one Redis against one: the same connections in total, spread over both
 * instances or all on one, for each route; then publish-to-live on both after a notice told to one.
 */
function instances() {
  return withTwoInstances('bench-instances', async (stack, second) => {
    const runs = []
    for (const route of INSTANCE_ROUTES) {
      for (const base of [stack.webUrl, second.url]) await fetch(`${base}${route}`)
      for (let round = 1; round <= ROUNDS; round++) {
        const one = await throughput('one', `${stack.webUrl}${route}`, CONNECTIONS, DURATION_S)
        const both = await Promise.all([stack.webUrl, second.url].map((base) => throughput('two', `${base}${route}`, CONNECTIONS / 2, DURATION_S)))
        runs.push({ route, round, one, two: { reqPerSec: both[0]!.reqPerSec + both[1]!.reqPerSec, p99: Math.max(both[0]!.p99, both[1]!.p99), errors: both[0]!.errors + both[1]!.errors + both[0]!.non2xx + both[1]!.non2xx } })
        console.error(`measured ${route} on one and two instances (round ${round})`)
      }
    }
    const cms = cmsClient(stack.cmsUrl, stack.password)
    const id = await cms.idBySlug('conditions', 'chronic-pain')
    const visible: number[] = []
    for (let n = 1; n <= 10; n++) {
      const summary = `Chronic pain, bench edition ${n} (${Date.now()}).`
      await cms.publishEdit('conditions', id, { summary })
      const seen = await Promise.all([stack.webUrl, second.url].map((base) => eventually(`edition ${n} on ${base}`, async () => (await (await fetch(`${base}/conditions/chronic-pain`)).text()).includes(summary), 15_000, 20)))
      visible.push(Math.max(...seen))
    }
    return { runs, publishToLiveOnBoth: visible }
  })
}

/** The resilience test's load, for BENCH_LOAD_DURATION seconds (60 by default, as in the test). */
const LOAD = { ...RESILIENCE_LOAD, durationMs: Number(process.env.BENCH_LOAD_DURATION ?? RESILIENCE_LOAD.durationMs / 1000) * 1000 }

/**
 * The resilience test's load (tests/support/load-with-writes.ts) on stacks of their own (demo content,
 * as in the test): the readers alone first, the reference; then with the editor; then the same over
 * two portal instances sharing Redis, the readers split between them.
 */
async function writes(): Promise<{ name: string; result: LoadResult }[]> {
  const runs: { name: string; result: LoadResult }[] = []
  const run = async (name: string, stack: TestStack, webUrls: string[], publishEveryMs?: number) => {
    for (const base of webUrls) for (const route of LOAD_ROUTES) await fetch(`${base}${route}`)
    const result = await loadWithWrites({ webUrls, cmsUrl: stack.cmsUrl, password: stack.password, readers: LOAD.readers, durationMs: LOAD.durationMs, publishEveryMs })
    runs.push({ name, result })
    console.error(`measured under load: ${name}`)
  }
  const stack = await startTestStack('bench-writes')
  try {
    await run('readers only (reference)', stack, [stack.webUrl])
    await run('readers + editor, one instance', stack, [stack.webUrl], LOAD.publishEveryMs)
  } finally {
    await stack.stop()
  }
  await withTwoInstances('bench-writes-shared', (shared, second) =>
    run('readers + editor, two instances sharing Redis', shared, [shared.webUrl, second.url], LOAD.publishEveryMs),
  )
  return runs
}

/** "97" or "97–100": the spread of a figure over repeated runs. */
const spread = (values: number[]) => (Math.min(...values) === Math.max(...values) ? `${values[0]}` : `${Math.min(...values)}–${Math.max(...values)}`)

/** Lighthouse runs per approach in the approaches section, interleaved. */
const LIGHTHOUSE_RUNS = 3

type Section = { name: string; run: () => Promise<{ data: unknown; lines: string[] }> }

async function main() {
  if (!existsSync(path.join(rootDir, 'apps/web/.next/BUILD_ID')) || !existsSync(path.join(rootDir, 'apps/cms/.next/BUILD_ID'))) {
    execFileSync('pnpm', ['build'], { cwd: rootDir, stdio: 'inherit' })
  }
  let synthetic = { articles: 0, ms: 0 }
  const stack = await startTestStack('bench', {
    postgresSettings: QUERY_STATS_SETTINGS,
    beforeApps: async (url) => {
      // BENCH_ARTICLES=0: the demo content alone (e.g. for BENCH_ONLY=instances, which has its own stack).
      if (ARTICLES === 0) return
      synthetic = await addSyntheticArticles(url, ARTICLES)
      console.error(`added ${synthetic.articles} synthetic articles in ${synthetic.ms} ms`)
    },
  })
  const references: Reference[] = []
  try {
    const conditionUrl = `${stack.webUrl}/conditions/${CONDITION}`
    const articleUrl = `${stack.webUrl}/articles/${ARTICLE}`
    const bytes = Buffer.from(await (await fetch(conditionUrl)).arrayBuffer())
    const ceiling = await startCeiling(bytes)
    const staticNext = await startStaticNextReference(bytes.length)
    references.push(ceiling, staticNext)
    const referenceBytes = (await (await fetch(staticNext.url)).arrayBuffer()).byteLength
    const memory = samplePeakMemory({ web: () => stack.appPid('web'), cms: () => stack.appPid('cms') })

    const sections: Section[] = [
      {
        name: 'pages',
        run: async () => {
          const pages = await warmPages([
            ['ceiling: Node http, same bytes', ceiling.url],
            ['static Next page, same size', staticNext.url],
            ['/conditions/[slug]', conditionUrl],
            ['/articles/[slug]', articleUrl],
          ])
          const [ceilingRun, staticRun, ...ours] = pages
          const lines = [
            `Warm pages: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s, alternated (autocannon; mean req/s, worst p50/p99).`,
            `HTML: our condition page ${bytes.length} B, static Next reference ${referenceBytes} B.`,
            '| page | req/s | × static Next | target ≥ 0.8 | × ceiling | p50 ms | p99 ms | target ≤ 50 | errors |',
            '|---|---:|---:|---|---:|---:|---:|---|---:|',
            ...pages.map((r) => {
              const mine = ours.includes(r)
              const ratio = r.reqPerSec / staticRun!.reqPerSec
              return `| ${r.name} | ${r.reqPerSec} | ${ratio.toFixed(2)} | ${mine ? verdict(ratio >= 0.8) : ''} | ${(r.reqPerSec / ceilingRun!.reqPerSec).toFixed(3)} | ${r.p50} | ${r.p99} | ${mine ? verdict(r.p99 <= 50) : ''} | ${r.errors} |`
            }),
          ]
          return { data: pages, lines }
        },
      },
      {
        name: 'lists',
        run: async () => {
          const lists = await filteredLists(stack, stack.database.url)
          const lines = [
            `Filtered lists over ${ARTICLES} articles, uncached: ${LIST_REQUESTS} distinct URLs each, ${LIST_CONCURRENCY} at a time (ms).`,
            '| list | portal p50 | portal p95 | target ≤ 150 | CMS p50 | CMS p95 | target ≤ 30 | failures |',
            '|---|---:|---:|---|---:|---:|---|---:|',
            ...lists.map(
              (l) =>
                `| ${l.scenario} | ${l.portal.p50} | ${l.portal.p95} | ${verdict(l.portal.p95 <= 150)} | ${l.cms.p50} | ${l.cms.p95} | ${verdict(l.cms.p95 <= 30)} | ${l.portal.failures + l.cms.failures} |`,
            ),
            '',
            'Costliest article statements per list (pg_stat_statements during the portal run; generic plan):',
            ...lists.flatMap((l) => [
              `- ${l.scenario}:`,
              ...l.statements.slice(0, 2).flatMap((s) => [`  - ${s.calls} calls, mean ${s.meanMs} ms, max ${s.maxMs} ms`, ...s.plan.map((line) => `      ${line}`)]),
            ]),
          ]
          return { data: lists, lines }
        },
      },
      {
        name: 'editor',
        run: async () => {
          const publish = []
          for (const edit of await liveEdits(stack)) publish.push(await publishToLive(stack, 20, edit))
          const editor = await saveAndPublish(stack.cmsUrl, stack.password, ARTICLE, 20)
          const admin = await adminList(stack.cmsUrl, stack.password, 5)
          const lines = [
            ...publish.map((p) => `Publish-to-live, ${p.name} (n=${p.n}): p50 ${p.p50} ms, p95 ${p.p95} ms, max ${p.max} ms: ${verdict(p.p50 <= 500 && p.p95 <= 1000)}`),
            ...editor.map((s) => `Editor, ${s.step} (n=${s.n}): p50 ${s.p50} ms, p95 ${s.p95} ms: ${verdict(s.p95 <= 300)}`),
            `Admin article list (${ARTICLES} + demo articles): first response ${admin.firstMs} ms (${verdict(admin.firstMs <= 1000)}), warm p50 ${admin.warm.p50} ms; the first admin page after start ${admin.coldMs} ms`,
          ]
          return { data: { publish, editor, admin }, lines }
        },
      },
      {
        name: 'import',
        run: async () => {
          const times = await importExport(stack.cmsUrl, stack.password, 200)
          const perPost = (ms: number) => (ms / times.posts).toFixed(0)
          const lines = [
            `Import of a ${times.posts}-post WordPress export through the admin's endpoint: preview ${times.previewMs} ms, first import ${times.firstMs} ms (${perPost(times.firstMs)} ms a post): ${verdict(times.firstMs <= 60_000)}, repeated ${times.againMs} ms; parsing alone ${times.parseMs} ms (${JSON.stringify(times.actions)})`,
          ]
          return { data: times, lines }
        },
      },
      {
        name: 'weight',
        run: async () => {
          const routes = []
          for (const route of ['/', '/conditions', `/conditions/${CONDITION}`, '/articles', `/articles/${ARTICLE}`, '/contraindications', '/no-such-page']) {
            routes.push(await pageWeight(stack.webUrl, route))
          }
          const emptyNext = await pageWeight(staticNext.url.replace(/\/$/, ''), '/')
          const lines = [
            `Page weight (gzipped KB), all a page loads. Empty page of a minimal Next app: JS ${emptyNext.jsKb}, HTML ${emptyNext.htmlKb}.`,
            '| route | HTML | CSS | JS | total | React payload | target |',
            '|---|---:|---:|---:|---:|---|---|',
            ...routes.map((w) => `| ${w.route} | ${w.htmlKb} | ${w.cssKb} | ${w.jsKb} | ${w.totalKb} | ${w.rscPayload ? 'yes' : 'none'} | ${verdict(w.totalKb <= weightBudgetKb(w.route) && !w.rscPayload)} (≤ ${weightBudgetKb(w.route)}) |`),
          ]
          return { data: { emptyNext, routes }, lines }
        },
      },
      {
        name: 'lighthouse',
        run: async () => {
          // Loaded on demand, so the other sections run without its browser.
          const { runLighthouse } = await import('./lighthouse')
          // The static Next page, then the article page without its scripts: what Next's own runtime
          // scores on this machine, and what a reader page would score without it (the proposal).
          const routes = ['/', '/articles', `/conditions/${CONDITION}`, `/articles/${ARTICLE}`].map((route) => `${stack.webUrl}${route}`)
          const scriptless = await startScriptlessCopy(stack.webUrl, `/articles/${ARTICLE}`)
          references.push(scriptless)
          const scriptlessWeight = await pageWeight(scriptless.url.replace(/\/$/, ''), '/')
          const scores = await runLighthouse([...routes, staticNext.url, scriptless.url])
          const label = (url: string) =>
            url === staticNext.url
              ? 'static Next page (reference)'
              : url === scriptless.url
                ? `/articles/${ARTICLE} without scripts (proposal)`
                : url.replace(stack.webUrl, '')
          const lines = [
            'Lighthouse (mobile):',
            '| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | target |',
            '|---|---:|---:|---:|---:|---:|---:|---:|---|',
            ...scores.map(
              (l) =>
                `| ${label(l.url)} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${l.tbtMs} | ${l.cls} | ${verdict(l.performance >= 95 && l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100)}${l.failedAudits.length ? ` (${l.failedAudits.join(', ')})` : ''} |`,
            ),
            `The article page without scripts weighs (gzipped KB): HTML ${scriptlessWeight.htmlKb}, CSS ${scriptlessWeight.cssKb}, JS ${scriptlessWeight.jsKb}.`,
          ]
          return { data: { scores, scriptlessWeight }, lines }
        },
      },
      {
        name: 'instances',
        run: async () => {
          const data = await instances()
          const mean = (values: number[]) => Math.round(values.reduce((sum, value) => sum + value, 0) / values.length)
          const sorted = [...data.publishToLiveOnBoth].sort((a, b) => a - b)
          const lines = [
            `Two portal instances sharing Redis against one: ${CONNECTIONS} connections in all, ${ROUNDS} rounds of ${DURATION_S} s (mean req/s, worst p99 ms).`,
            '| page | one instance | two instances | × | p99 one | p99 two | errors |',
            '|---|---:|---:|---:|---:|---:|---:|',
            ...INSTANCE_ROUTES.map((route) => {
              const mine = data.runs.filter((run) => run.route === route)
              const one = mean(mine.map((run) => run.one.reqPerSec))
              const two = mean(mine.map((run) => run.two.reqPerSec))
              const errors = mine.reduce((sum, run) => sum + run.one.errors + run.one.non2xx + run.two.errors, 0)
              return `| ${route} | ${one} | ${two} | ${(two / one).toFixed(2)} | ${Math.max(...mine.map((run) => run.one.p99))} | ${Math.max(...mine.map((run) => run.two.p99))} | ${errors} |`
            }),
            `Publish-to-live on both instances, the notice told to one (n=${sorted.length}): p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, max ${sorted.at(-1)} ms: ${verdict(percentile(sorted, 95) <= 1000)}`,
          ]
          return { data, lines }
        },
      },
      {
        name: 'writes',
        run: async () => {
          const runs = await writes()
          const reference = runs[0]!.result
          const lines = [
            `Under load: ${LOAD.readers} readers on ${LOAD_ROUTES.length} mixed routes for ${LOAD.durationMs / 1000} s, the editor publishing a condition through the workflow every ${LOAD.publishEveryMs / 1000} s (tests/resilience/load.resilience.ts; ms).`,
            '| run | req/s | × readers only | reader p50 | p95 | target ≤ 300 | p99 | publishes | publish-to-live p50 | p95 | target ≤ 1000 | failed requests / publishes |',
            '|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---:|',
            ...runs.map(({ name, result: r }) => {
              const editing = r.publishes > 0
              const live = r.publishToLiveMs
              return `| ${name} | ${r.perSecond} | ${(r.perSecond / reference.perSecond).toFixed(2)} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${editing ? verdict(r.latencyMs.p95 <= 300) : ''} | ${r.latencyMs.p99} | ${r.publishes} | ${live.p50 ?? ''} | ${live.p95 ?? ''} | ${editing ? verdict((live.p95 ?? Infinity) <= 1000 && r.publishFailures === 0) : ''} | ${r.errors} / ${r.publishFailures} |`
            }),
          ]
          return { data: runs, lines }
        },
      },
      {
        name: 'approaches',
        run: async () => {
          // Issue 16's two approaches on one page, in one run: the portal's App Router pages through its
          // lean server, and the Pages Router without its runtime (bench/approaches/pages-router).
          const route = routes.condition(CONDITION)
          const pagesRouter = await startPagesRouterApproach(stack.webUrl, stack.cmsUrl, route, stack.revalidateSecret)
          references.push(pagesRouter)
          const approaches = [
            { name: 'App Router + lean server (the portal)', base: stack.webUrl, notify: undefined },
            { name: 'Pages Router, unstable_runtimeJS: false', base: pagesRouter.url.replace(/\/$/, ''), notify: pagesRouter.revalidate },
          ]
          const texts = await Promise.all(approaches.map(async (a) => visibleText(await (await fetch(`${a.base}${route}`)).text())))
          const weights: Awaited<ReturnType<typeof pageWeight>>[] = []
          for (const a of approaches) weights.push(await pageWeight(a.base, route))
          const warm = await warmPages([
            ['ceiling: Node http, same bytes', ceiling.url],
            ['static Next page, same size', staticNext.url],
            ...approaches.map((a): [string, string] => [a.name, `${a.base}${route}`]),
          ])
          const [ceilingRun, staticRun] = warm
          const { runLighthouse } = await import('./lighthouse')
          // Interleaved runs until each approach has LIGHTHOUSE_RUNS scored ones: on a loaded machine a run
          // can end without a score (its error is kept in the results), which is not the page's score.
          const scores: LighthouseScores[] = []
          const failed: LighthouseScores[] = []
          const scored = (a: { base: string }) => scores.filter((score) => score.url.startsWith(a.base))
          for (let attempt = 0; attempt < LIGHTHOUSE_RUNS + 3; attempt++) {
            const pending = approaches.filter((a) => scored(a).length < LIGHTHOUSE_RUNS)
            if (!pending.length) break
            for (const score of await runLighthouse(pending.map((a) => `${a.base}${route}`))) (score.error ? failed : scores).push(score)
          }
          const live: Awaited<ReturnType<typeof publishToLive>>[] = []
          const [edit] = await liveEdits(stack)
          for (const a of approaches) live.push(await publishToLive(stack, 5, edit!, a.base, a.notify))
          const difference = firstDifference(texts[0]!, texts[1]!)
          const lines = [
            `Approaches on ${route} (the same visible text: ${difference ? `**no**, ${difference}` : 'yes'}):`,
            `| approach | total KB gz | HTML | CSS | JS | text once | req/s | × static Next | × ceiling | p50 ms | p99 ms | Lighthouse perf (${LIGHTHOUSE_RUNS} runs) | a11y / BP / SEO | LCP ms | TBT ms | publish-to-live p50 / max ms |`,
            '|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|',
            ...approaches.map((a, i) => {
              const w = weights[i]!
              const r = warm.find((run) => run.name === a.name)!
              const mine = scored(a)
              const others = ['accessibility', 'bestPractices', 'seo'] as const
              return `| ${a.name} | ${w.totalKb} | ${w.htmlKb} | ${w.cssKb} | ${w.jsKb} | ${w.rscPayload ? '**no**' : 'yes'} | ${r.reqPerSec} | ${(r.reqPerSec / staticRun!.reqPerSec).toFixed(2)} | ${(r.reqPerSec / ceilingRun!.reqPerSec).toFixed(3)} | ${r.p50} | ${r.p99} | ${spread(mine.map((m) => m.performance))} | ${others.map((key) => spread(mine.map((m) => m[key]))).join(' / ')} | ${spread(mine.map((m) => m.lcpMs))} | ${spread(mine.map((m) => m.tbtMs))} | ${live[i]!.p50} / ${live[i]!.max} |`
            }),
            ...(failed.length ? [`Lighthouse runs without a score, run again: ${failed.map((f) => `${f.url} (${f.error})`).join(', ')}.`] : []),
            `References in the same run: static Next page ${staticRun!.reqPerSec} req/s (p50 ${staticRun!.p50}, p99 ${staticRun!.p99} ms), ceiling ${ceilingRun!.reqPerSec} req/s (p50 ${ceilingRun!.p50}, p99 ${ceilingRun!.p99} ms). Publish-to-live: ${edit!.name} of ${edit!.path}, n=5 each.`,
          ]
          return { data: { route, sameText: !difference, textDifference: difference, weights, warm, scores, failedLighthouse: failed, live }, lines }
        },
      },
    ]

    const results: Record<string, unknown> = {}
    const lines = [`Data: demo content + ${synthetic.articles} synthetic articles (added in ${synthetic.ms} ms).`]
    for (const section of sections.filter((s) => ONLY.length === 0 || ONLY.includes(s.name))) {
      const { data, lines: sectionLines } = await section.run()
      results[section.name] = data
      lines.push('', ...sectionLines)
      if (section.name === 'lists') results.memory = memory.stop()
    }
    const peak = (results.memory as Record<string, number> | undefined) ?? memory.stop()
    lines.push('', `Peak memory during the load runs: web ${peak.web} MB, cms ${peak.cms} MB (RSS of each app and its processes)`)
    console.log(lines.join('\n'))
    mkdirSync(path.join(rootDir, 'bench/results'), { recursive: true })
    const file = path.join(rootDir, 'bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), articles: ARTICLES, durationS: DURATION_S, rounds: ROUNDS, connections: CONNECTIONS, ...results, memory: peak }, null, 2))
    console.log(`\nWritten to ${path.relative(rootDir, file)}`)
  } finally {
    for (const reference of references) await reference.stop()
    await stack.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
