/**
 * `pnpm bench`: production builds on a fresh embedded database with the demo content, measured with
 * autocannon beside a ceiling measured in the same run (a plain Node server sending the same bytes from
 * memory). Prints a table and writes bench/results/<timestamp>.json.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'

import { cmsClient, eventually } from '../tests/support/cms-client'
import { startTestStack, type TestStack } from '../tests/support/test-stack'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = 50

type LoadResult = { name: string; reqPerSec: number; p50: number; p99: number; errors: number; non2xx: number }

async function load(name: string, url: string): Promise<LoadResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S })
  return {
    name,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Resident memory of every process in a process group (pnpm, Next and its workers), in MB. */
function groupRssMb(pgid: number | undefined): number {
  if (!pgid) return 0
  let kb = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kb / 1024)
}

async function pageWeight(webUrl: string, route: string) {
  const html = await (await fetch(`${webUrl}${route}`)).text()
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(js|css))"/g)]
  const unique = new Map(assets.map((match) => [match[1]!, match[2]!]))
  let js = 0
  let css = 0
  for (const [asset, kind] of unique) {
    const size = gzipSync(Buffer.from(await (await fetch(`${webUrl}${asset}`)).arrayBuffer())).length
    if (kind === 'js') js += size
    else css += size
  }
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
  return { route, htmlKb: kb(gzipSync(html).length), cssKb: kb(css), jsKb: kb(js) }
}

async function publishToLive(stack: TestStack, count: number) {
  const cms = cmsClient(stack.cmsUrl, stack.password)
  const id = await cms.idBySlug('conditions', 'anxiety-disorders')
  const times: number[] = []
  for (let i = 1; i <= count; i++) {
    const summary = `Anxiety summary, benchmark edition ${i} (${Date.now()}).`
    await cms.publishEdit('conditions', id, { summary })
    const published = Date.now()
    await eventually('the edition on the portal', async () => (await (await fetch(`${stack.webUrl}/conditions/anxiety-disorders`)).text()).includes(summary), 10_000, 20)
    times.push(Date.now() - published)
  }
  times.sort((a, b) => a - b)
  return { n: count, p50: times[Math.floor(count / 2)]!, p95: times[Math.min(count - 1, Math.floor(count * 0.95))]!, max: times.at(-1)! }
}

async function main() {
  if (!existsSync(path.join(rootDir, 'apps/web/.next/BUILD_ID')) || !existsSync(path.join(rootDir, 'apps/cms/.next/BUILD_ID'))) {
    execFileSync('pnpm', ['build'], { cwd: rootDir, stdio: 'inherit' })
  }
  const stack = await startTestStack('bench')
  let ceiling: http.Server | undefined
  try {
    const conditionPage = `${stack.webUrl}/conditions/treatment-resistant-depression`
    const bytes = Buffer.from(await (await fetch(conditionPage)).arrayBuffer())
    ceiling = http.createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bytes))
    await new Promise<void>((resolve) => ceiling!.listen(0, '127.0.0.1', resolve))
    const ceilingUrl = `http://127.0.0.1:${(ceiling.address() as AddressInfo).port}/`

    const memory = { webMb: 0, cmsMb: 0 }
    const sample = setInterval(() => {
      memory.webMb = Math.max(memory.webMb, groupRssMb(stack.appPid('web')))
      memory.cmsMb = Math.max(memory.cmsMb, groupRssMb(stack.appPid('cms')))
    }, 500)

    const results: LoadResult[] = []
    // Warm each page once, then load it.
    for (const [name, url] of [
      ['ceiling: Node http, same bytes', ceilingUrl],
      ['/conditions/[slug]', conditionPage],
      ['/articles/[slug]', `${stack.webUrl}/articles/side-effects-of-ketamine-treatment`],
      ['/articles?condition=1', `${stack.webUrl}/articles?condition=chronic-pain`],
      ['/articles?condition=2', `${stack.webUrl}/articles?condition=chronic-pain&condition=post-traumatic-stress-disorder-ptsd`],
      ['/articles?q=', `${stack.webUrl}/articles?q=nasal+spray`],
      ['CMS /api/articles/search', `${stack.cmsUrl}/api/articles/search?q=ketamine`],
    ] as const) {
      await fetch(url)
      results.push(await load(name, url))
      console.error(`measured ${name}`)
    }
    clearInterval(sample)
    const publish = await publishToLive(stack, 20)
    const weights = []
    for (const route of ['/', '/conditions', '/conditions/treatment-resistant-depression', '/articles', '/articles/side-effects-of-ketamine-treatment', '/contraindications', '/no-such-page']) {
      weights.push(await pageWeight(stack.webUrl, route))
    }

    const ceilingRate = results[0]!.reqPerSec
    const lines = [
      `Load: ${CONNECTIONS} connections, ${DURATION_S} s each (autocannon)`,
      '| scenario | req/s | × ceiling | p50 ms | p99 ms | errors | non-2xx |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.name} | ${r.reqPerSec} | ${(r.reqPerSec / ceilingRate).toFixed(3)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`),
      '',
      `Publish-to-live (n=${publish.n}): p50 ${publish.p50} ms, p95 ${publish.p95} ms, max ${publish.max} ms`,
      `Peak memory during load: web ${memory.webMb} MB, cms ${memory.cmsMb} MB (RSS of each app's processes)`,
      '',
      '| route | HTML KB gz | CSS KB gz | JS KB gz |',
      '|---|---:|---:|---:|',
      ...weights.map((w) => `| ${w.route} | ${w.htmlKb} | ${w.cssKb} | ${w.jsKb} |`),
    ]
    console.log(lines.join('\n'))
    mkdirSync(path.join(rootDir, 'bench/results'), { recursive: true })
    const file = path.join(rootDir, 'bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), durationS: DURATION_S, connections: CONNECTIONS, load: results, publishToLive: publish, memory, pageWeight: weights }, null, 2))
    console.log(`\nWritten to ${path.relative(rootDir, file)}`)
  } finally {
    ceiling?.close()
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
