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

import { localeOfPath, NO_STORE, READER_CACHE_CONTROL, readerPageType, surrogateKeys, type Locale, type PageType } from '@kat/contract'
import compression from 'compression'
import next from 'next'

import { translator } from './src/i18n'
import { NOT_FOUND_LOCALE_HEADER } from './src/lib/locale-header'
import { errorPageHtml, isEmptyErrorDocument } from './src/server/error-page'
import { leanHtml } from './src/server/lean-html'
import { mayPredateLastNotice } from './src/server/last-notice'
import { isCacheableRequest, isShareable, keptPage, rememberPage, renderUnderWay, trackRender } from './src/server/page-cache'
import { startSharedCache } from './src/server/shared-cache'

const dir = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.WEB_PORT ?? process.env.PORT ?? 3000)
const hostname = process.env.WEB_HOSTNAME || undefined

const badRequest = (res: ServerResponse) => {
  res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end('Bad request: the address is not valid.')
}

/** How a response may be cached on the way: `undefined` when the request is a preview (nothing may keep it). */
type Reading = { page: PageType | undefined; cacheKey: string | undefined } | undefined

/**
 * CDN headers: a reader page answered 200 is public for a while, keyed by the tags of what it reads;
 * previews, error pages and answers a notice overtook (their reads may predate the change, and the
 * CDN's purge may already be past) are never kept; anything else keeps Next's own header.
 */
function setCachePolicy(res: ServerResponse, reading: Reading, status: number, overtaken: boolean) {
  if (!reading || status >= 400 || overtaken) {
    res.setHeader('cache-control', NO_STORE)
    res.removeHeader('surrogate-key')
  } else if (reading.page && status === 200) {
    res.setHeader('cache-control', READER_CACHE_CONTROL)
    res.setHeader('surrogate-key', surrogateKeys(reading.page).join(' '))
  }
}

/**
 * Holds an HTML response until it is complete, then sends it lean. Everything else passes through.
 * Headers stay unsent until the body is known, so the length can follow the lean body.
 */
function sendHtmlLean(res: ServerResponse, renderNotFound: () => Promise<void>, reading: Reading, locale: Locale) {
  const startedAt = Date.now()
  const overtaken = () => mayPredateLastNotice(startedAt)
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
    if (!holding || !html) {
      if (holding && headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === 'cache-control') delete headers[name]
      if (holding) setCachePolicy(res, reading, typeof args[0] === 'number' ? args[0] : res.statusCode, overtaken())
      return writeHead(...args)
    }
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
        setCachePolicy(res, reading, res.statusCode, overtaken())
        res.setHeader('content-length', page.length)
        return end(page, callback)
      }
      const lean = Buffer.from(leanHtml(html), 'utf8')
      const shareable = reading?.page !== undefined && isShareable(res.statusCode, res.getHeaders() as Record<string, unknown>)
      // A page with a cookie, or stale while Next renders it again, is for this reader only.
      setCachePolicy(res, shareable || reading?.page === undefined ? reading : undefined, res.statusCode, overtaken())
      if (reading?.cacheKey && shareable) {
        const kept = Object.entries(res.getHeaders()).filter(([name]) => !SKIPPED_HEADERS.has(name)).map(([name, value]) => [name, String(value)] as [string, string])
        rememberPage(reading.cacheKey, { status: res.statusCode, headers: kept, body: lean, gzip: gzipSync(lean) }, startedAt)
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
  const page = keptPage(key)
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
startSharedCache()

/** Renders through Next; a reader page is marked as under way until its response is done. */
function render(req: IncomingMessage, res: ServerResponse, reading: Reading, locale: Locale) {
  if (reading?.cacheKey) trackRender(reading.cacheKey, new Promise<void>((resolve) => res.once('close', resolve)))
  compress(req as never, res as never, () => {
    sendHtmlLean(res, () => renderNotFound(req, res, locale), reading, locale)
    void handle(req, res)
  })
}

/** How many renders of the same page a reader waits for before rendering it itself. */
const MAX_WAITS = 3

/**
 * A kept page, else the render under way (right after a notice every reader asks for the same few
 * pages: one renders, the others wait), else a render. A render that a newer notice made stale is not
 * kept, so a reader may wait for the next one, a few times at most.
 */
function serveReaderPage(req: IncomingMessage, res: ServerResponse, reading: Reading, cacheKey: string, waits: number, locale: Locale) {
  if (sendKept(req, res, cacheKey)) return
  const underWay = renderUnderWay(cacheKey)
  if (!underWay || waits === 0) return render(req, res, reading, locale)
  void underWay.then(() => serveReaderPage(req, res, reading, cacheKey, waits - 1, locale))
}

createServer((req: IncomingMessage, res: ServerResponse) => {
  const { pathname } = new URL(req.url ?? '/', 'http://portal')
  try {
    decodeURIComponent(pathname)
  } catch {
    return badRequest(res)
  }
  const locale = localeOfPath(pathname)
  // The cached lists have their own addresses (`/`, `/conditions`, `/contraindications`, and under `/es`).
  if (pathname.startsWith('/cached/')) {
    res.statusCode = 404
    compress(req as never, res as never, () => {
      sendHtmlLean(res, () => renderNotFound(req, res, locale), undefined, locale)
      void renderNotFound(req, res, locale)
    })
    return
  }
  const page = readerPageType(pathname)
  // The feed and the sitemap are not HTML: Next keeps them itself, and nothing waits for their renders.
  const kept = page !== undefined && page !== 'feed' && page !== 'sitemap'
  const reading: Reading = isCacheableRequest(req.method, req.headers) ? { page, cacheKey: kept ? `${req.url}` : undefined } : undefined
  if (!reading?.cacheKey) return render(req, res, reading, locale)
  serveReaderPage(req, res, reading, reading.cacheKey, MAX_WAITS, locale)
}).listen(port, hostname, () => {
  console.log(`Portal ready on http://${hostname ?? 'localhost'}:${port}`)
})
