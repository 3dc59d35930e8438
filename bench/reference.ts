/**
 * The two references each benchmark is measured against, in the same run: a prerendered page from a
 * minimal Next app (what Next can do at best) and a plain Node server returning the same bytes from
 * memory (the ceiling).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findFreePort } from '@kat/local-postgres'
import { runToCompletion, startProcess, waitForUrl, type RunningProcess } from '@kat/stack'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const appDir = path.join(rootDir, 'bench/reference-app')
export const nextBin = path.join(rootDir, 'node_modules/.bin/next')

export type Reference = { url: string; pid: () => number | undefined; stop: () => Promise<void> }

/** Builds the reference app for pages of about `htmlBytes` (skipped when the last build had that size) and starts it. */
export async function startStaticNextReference(htmlBytes: number): Promise<Reference> {
  const marker = path.join(appDir, '.next/reference-html-bytes')
  const env = { ...process.env, NODE_ENV: 'production' as const, REFERENCE_HTML_BYTES: String(htmlBytes), NEXT_TELEMETRY_DISABLED: '1' }
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== String(htmlBytes)) {
    await runToCompletion('Building the reference Next app', nextBin, ['build'], { cwd: appDir, env })
    writeFileSync(marker, String(htmlBytes))
  }
  return startNextApp('ref', appDir, env)
}

/** `next start` of a built bench app on a free port; `url` is its root. */
export async function startNextApp(label: string, dir: string, env: NodeJS.ProcessEnv): Promise<Reference> {
  const port = await findFreePort(26000 + Math.floor(Math.random() * 1000))
  const server: RunningProcess = startProcess(label, nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, quiet: true })
  const url = `http://127.0.0.1:${port}/`
  await waitForUrl(url, { timeoutMs: 60_000, process: server })
  return { url, pid: () => server.child.pid, stop: server.stop }
}

/** A Node `http` server answering every request with `bytes`: no framework, no rendering. */
export async function startCeiling(bytes: Buffer): Promise<Reference> {
  const server = http.createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bytes))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    pid: () => undefined,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * A portal page with every script (and script preload) removed, served beside the portal's own CSS,
 * fonts and images: what a reader page would weigh and score without Next's client runtime. It measures
 * the proposal in the README's Performance section; the copy's buttons would need a few lines of script.
 */
export async function startScriptlessCopy(webUrl: string, route: string): Promise<Reference> {
  const html = (await (await fetch(`${webUrl}${route}`)).text())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
  const server = http.createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
      return
    }
    // Everything else (CSS, fonts, the icon) comes from the portal, with its caching headers.
    fetch(`${webUrl}${request.url}`).then(
      async (upstream) => {
        const headers = Object.fromEntries(['content-type', 'cache-control'].flatMap((name) => (upstream.headers.has(name) ? [[name, upstream.headers.get(name)!]] : [])))
        response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()))
      },
      () => response.writeHead(502).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    pid: () => undefined,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
