import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Runs a command of Payload's CLI (`payload migrate`, `generate:types`, …) in a child process. Returns
 * its output when piped; a failure throws with the exit status and the command's own output, so the
 * cause is in the log.
 */
export function runPayload(args: string[], { env, stdio = 'pipe' }: { env: NodeJS.ProcessEnv; stdio?: 'pipe' | 'inherit' }): string {
  try {
    const output = execFileSync('pnpm', ['exec', 'payload', ...args], {
      cwd: cmsDir,
      env: { ...env, NODE_OPTIONS: '--no-deprecation' },
      stdio,
      encoding: 'utf8',
    })
    return output ?? ''
  } catch (error) {
    const { stdout, stderr, status, signal } = error as { stdout?: string; stderr?: string; status?: number | null; signal?: string | null }
    throw new Error(`payload ${args.join(' ')} failed (exit ${status ?? signal ?? 'unknown'}):\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}
