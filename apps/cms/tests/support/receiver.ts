import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { path: string; headers: http.IncomingHttpHeaders; body: unknown }

export type Receiver = {
  url: string
  received: Received[]
  /** The status code the next requests are answered with (200 at first). */
  answerWith: (status: number) => void
  close: () => Promise<void>
}

/** A real HTTP server on a free loopback port that keeps every JSON POST it receives, for webhook tests. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = []
  let status = 200
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: body ? (JSON.parse(body) as unknown) : undefined })
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    answerWith: (next) => {
      status = next
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
