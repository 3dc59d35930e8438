import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Runs a task of scripts/task.ts in a child process. Returns its output when piped; a failure throws
 * with the task's own output, so the cause is in the log.
 */
export function runTask(args: string[], options: { env: NodeJS.ProcessEnv; stdio?: 'pipe' | 'inherit' }): string {
  try {
    const output = execFileSync('pnpm', ['exec', 'tsx', 'scripts/task.ts', ...args], {
      cwd: cmsDir,
      env: { ...options.env, NODE_OPTIONS: '--no-deprecation' },
      stdio: options.stdio ?? 'pipe',
      encoding: 'utf8',
    })
    return output ?? ''
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}
