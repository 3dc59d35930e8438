import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { findFreePort } from '@kat/local-postgres'

export type TestRedis = {
  url: string
  port: number
  /** Starts it again on the same port (after `stop`). */
  start: () => Promise<void>
  /** Stops it; safe to call twice. */
  stop: () => Promise<void>
}

const ping = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.setTimeout(500)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })

/**
 * A real Debian `redis-server` on a free loopback port, in memory only (no dump, no append log), for
 * the tests of the shared cache. The caller stops it, also on failure.
 */
export async function startTestRedis(): Promise<TestRedis> {
  const port = await findFreePort(26000 + Math.floor(Math.random() * 1000))
  let child: ChildProcess | undefined
  const start = async () => {
    if (child) return
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child = server
    const failed = new Promise<never>((_, reject) => {
      server.once('error', (error) => reject(new Error(`redis-server did not start (apt-get install redis-server): ${error.message}`)))
      server.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)))
    })
    failed.catch(() => undefined)
    const deadline = Date.now() + 10_000
    while (!(await Promise.race([ping(port), failed]))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stop = async () => {
    const server = child
    child = undefined
    if (!server || server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, start, stop }
}
