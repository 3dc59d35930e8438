import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type TaskOptions = {
  env: NodeJS.ProcessEnv
  stdio?: 'pipe' | 'inherit'
  /**
   * Runs an idempotent task again when it fails: on Node 20 a task can stop before doing anything
   * (Node's module loader never settles; see scripts/task.ts), seen in CI as a silent exit of
   * generate:importmap. A real failure fails every attempt, with the last one's output.
   */
  attempts?: number
}

/**
 * Runs a task of scripts/task.ts in a child process. Returns its output when piped; a failure throws
 * with the task's exit status and its own output, so the cause is in the log.
 */
export function runTask(args: string[], { env, stdio = 'pipe', attempts = 1 }: TaskOptions): string {
  for (let attempt = 1; ; attempt++) {
    try {
      const output = execFileSync('pnpm', ['exec', 'tsx', 'scripts/task.ts', ...args], {
        cwd: cmsDir,
        env: { ...env, NODE_OPTIONS: '--no-deprecation' },
        stdio,
        encoding: 'utf8',
      })
      return output ?? ''
    } catch (error) {
      const { stdout, stderr, status, signal } = error as { stdout?: string; stderr?: string; status?: number | null; signal?: string | null }
      const failure = `${args.join(' ')} failed (exit ${status ?? signal ?? 'unknown'}, attempt ${attempt} of ${attempts}):\n${stdout ?? ''}\n${stderr ?? ''}`
      if (attempt >= attempts) throw new Error(failure)
      console.warn(failure.trim())
    }
  }
}
