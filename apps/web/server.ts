/**
 * The portal's production server: Next's request handler, with every HTML page sent lean (no client
 * runtime, no second copy of the page in a React payload, see src/server/lean-html.ts) and every text
 * response compressed here (`compression`, so the lean page is what gets compressed). `pnpm start`
 * runs it; `next dev` keeps Next's own server and runtime.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import compression from 'compression'
import next from 'next'

import { localeOfPath, type Locale } from '@kat/contract'

import { translator } from './src/i18n'
import { NOT_FOUND_LOCALE_HEADER } from './src/lib/locale-header'
import { errorPageHtml, isEmptyErrorDocument } from './src/server/error-page'
import { leanHtml } from './src/server/lean-html'
import { isCacheableRequest, isShareable, pageCache, rememberPage } from './src/server/page-cache'

const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.WEB_PORT ?? process.env.PORT ?? 3000)
const hostname = process.env.WEB_HOSTNAME || undefined

const badRequest = (res: ServerResponse) => {
  res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end('Bad request: the address is not valid.')
}

/**
 * Holds an HTML response until it is complete, then sends it lean. Everything else passes through.
 * Headers stay unsent until the body is known, so the length can follow the lean body.
 */
function sendHtmlLean(res: ServerResponse, renderNotFound: () => Promise<void>, cacheKey: string | undefined, locale: Locale) {
  let retried = false
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  const flushHeaders = res.flushHeaders.bind(res)
  let chunks: Buffer[] | undefined
  const isHtml = () => String(res.getHeader('content-type') ?? '').startsWith('text/html')
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding) : Buffer.from(chunk as Uint8Array)

  let holding = true
  res.writeHead = ((...args: unknown[]) => {
    // Only a page still being collected waits; anything else (and the page once complete) goes out as is.
    const headers = args.find((arg, index) => index > 0 && arg && typeof arg === 'object' && !Array.isArray(arg)) as Record<string, unknown> | undefined
    const html = isHtml() || Object.entries(headers ?? {}).some(([name, value]) => name.toLowerCase() === 'content-type' && String(value).startsWith('text/html'))
    if (!holding || !html) return writeHead(...args)
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value as string)
    if (typeof args[0] === 'number') res.statusCode = args[0]
    if (typeof args[1] === 'string') res.statusMessage = args[1]
    return res
  }) as typeof res.writeHead
  // Next sends the headers of a streamed page early; a page to make lean waits for its body.
  res.flushHeaders = () => {
    if (holding && (chunks || isHtml())) return
    flushHeaders()
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunks || (isHtml() && !res.headersSent)) {
      chunks ??= []
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]))
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
      callback?.()
      return true
    }
    return write(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const callback = [chunk, ...rest].find((arg) => typeof arg === 'function') as (() => void) | undefined
    const body = typeof chunk === 'function' ? undefined : chunk
    if (chunks || (isHtml() && !res.headersSent && body !== undefined && body !== null)) {
      const parts = [...(chunks ?? []), ...(body === undefined || body === null ? [] : [toBuffer(body, rest[0])])]
      const html = Buffer.concat(parts).toString('utf8')
      // Next answers notFound() in a dynamic route with an empty document and the page only in its
      // React payload (vercel/next.js#62228): render the not-found page itself instead.
      if (isEmptyErrorDocument(html)) {
        if (res.statusCode === 404 && !retried) {
          retried = true
          chunks = undefined
          void renderNotFound().then(callback)
          return res
        }
        // An error page (or a not-found page that failed too): say so in plain HTML, disclaimer included.
        if (res.statusCode === 200) res.statusCode = 503
        const t = translator(locale, 'Error')
        const page = Buffer.from(errorPageHtml(t('title'), t('text'), locale), 'utf8')
        holding = false
        res.setHeader('content-length', page.length)
        return end(page, callback)
      }
      const lean = Buffer.from(leanHtml(html), 'utf8')
      const headers = res.getHeaders() as Record<string, unknown>
      if (cacheKey && isShareable(res.statusCode, headers)) {
        const kept = Object.entries(headers).filter(([name]) => !SKIPPED_HEADERS.has(name)).map(([name, value]) => [name, String(value)] as [string, string])
        rememberPage(cacheKey, { status: res.statusCode, headers: kept, body: lean, gzip: gzipSync(lean) })
      }
      holding = false
      res.setHeader('content-length', lean.length)
      return end(lean, callback)
    }
    holding = false
    return end(chunk, ...rest)
  }) as typeof res.end
}

/** Headers a kept page does not repeat: they belong to one response. */
const SKIPPED_HEADERS = new Set(['content-length', 'content-encoding', 'set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-nextjs-cache'])

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

/** A kept page, as it was sent the first time (compressed when the reader accepts it). */
function sendKept(req: IncomingMessage, res: ServerResponse, key: string): boolean {
  const page = pageCache().get(key)
  if (!page) return false
  const gzip = acceptsGzip(req)
  const body = gzip ? page.gzip : page.body
  res.writeHead(page.status, [...page.headers, ['content-length', String(body.length)], ['vary', 'Accept-Encoding'], ...(gzip ? [['content-encoding', 'gzip']] : [])].flat())
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}

const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()

/** Next's one 404 page, told the language of the address (see src/lib/locale-header.ts). */
const renderNotFound = (req: IncomingMessage, res: ServerResponse, locale: Locale) => {
  req.headers[NOT_FOUND_LOCALE_HEADER] = locale
  return app.render404(req, res)
}
const compress = compression()

await app.prepare()

createServer((req: IncomingMessage, res: ServerResponse) => {
  const { pathname } = new URL(req.url ?? '/', 'http://portal')
  try {
    decodeURIComponent(pathname)
  } catch {
    return badRequest(res)
  }
  const locale = localeOfPath(pathname)
  // The cached lists have their own addresses (`/`, `/conditions`, `/contraindications`).
  if (pathname.startsWith('/cached/')) {
    res.statusCode = 404
    compress(req as never, res as never, () => {
      sendHtmlLean(res, () => renderNotFound(req, res, locale), undefined, locale)
      void renderNotFound(req, res, locale)
    })
    return
  }
  const cacheKey = isCacheableRequest(req.method, req.headers) ? `${req.url}` : undefined
  if (cacheKey && sendKept(req, res, cacheKey)) return
  compress(req as never, res as never, () => {
    sendHtmlLean(res, () => renderNotFound(req, res, locale), cacheKey, locale)
    void handle(req, res)
  })
}).listen(port, hostname, () => {
  console.log(`Portal ready on http://${hostname ?? 'localhost'}:${port}`)
})
