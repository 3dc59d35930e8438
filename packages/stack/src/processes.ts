import { spawn, type ChildProcess } from 'node:child_process'

export type RunningProcess = {
  name: string
  child: ChildProcess
  /** Resolves with the exit code (or 1 when killed by a signal). */
  exited: Promise<number>
  stop: () => Promise<void>
}

const COLORS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m']
const RESET = '\x1b[0m'

function prefixLines(name: string, color: string, stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) {
  let buffered = ''
  const tag = process.stdout.isTTY ? `${color}${name.padEnd(4)}${RESET} │ ` : `${name.padEnd(4)} │ `
  stream.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8')
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) out.write(tag + line + '\n')
  })
  stream.on('end', () => {
    if (buffered) out.write(tag + buffered + '\n')
  })
}

let colorIndex = 0

/**
 * Starts a long-running command in its own process group with prefixed output. `stop` ends the whole
 * group (Next starts worker processes), politely first and forcefully after a grace period.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): RunningProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const color = COLORS[colorIndex++ % COLORS.length]!
  if (!options.quiet) {
    prefixLines(name, color, child.stdout!, process.stdout)
    prefixLines(name, color, child.stderr!, process.stderr)
  } else {
    child.stdout!.resume()
    prefixLines(name, color, child.stderr!, process.stderr)
  }
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code) => resolve(code ?? 1))
    child.on('error', () => resolve(1))
  })
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    signalGroup('SIGKILL') // workers that outlived their parent
  }
  return { name, child, exited, stop }
}

/** Runs a command to completion with inherited output; throws with its exit code on failure. */
export function runToCompletion(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdoutToStderr?: boolean },
): Promise<void> {
  return new Promise((resolve, reject) => {
    // stdoutToStderr keeps our stdout for a machine-readable result (e.g. `import:posts --json`).
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['inherit', options.stdoutToStderr ? 2 : 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(Object.assign(new Error(`${label} failed (${signal ?? `exit code ${code}`}).`), { exitCode: code }))
    })
  })
}

/** Polls a URL until it answers below 500, or fails when the process exits or time runs out. */
export async function waitForUrl(url: string, options: { timeoutMs: number; process?: RunningProcess }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs
  let exited = false
  void options.process?.exited.then(() => {
    exited = true
  })
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${options.process?.name} exited before ${url} answered.`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`)
}
