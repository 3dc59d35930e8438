import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { REQUIRED_SECRETS, type Env, type SecretName } from './env'

export type LocalSecrets = Record<SecretName, string> & {
  POSTGRES_PASSWORD: string
  /** Password of the demo logins when SEED_PASSWORD is not set. */
  DEMO_PASSWORD: string
}

const KEYS = [...REQUIRED_SECRETS, 'POSTGRES_PASSWORD', 'DEMO_PASSWORD'] as const

const generate = (bytes = 24) => randomBytes(bytes).toString('base64url')

/**
 * Secrets for local mode: generated on first run into `<dataDir>/secrets.json` (gitignored, 0600) and
 * reused after, so sessions and logins survive restarts. A value set in the environment wins.
 */
export async function loadLocalSecrets(dataDir: string, env: Env): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'secrets.json')
  const stored: Partial<Record<string, string>> = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {}
  let changed = false
  for (const key of KEYS) {
    if (!stored[key]) {
      stored[key] = key === 'DEMO_PASSWORD' ? generate(12) : generate()
      changed = true
    }
  }
  if (changed) {
    await mkdir(dataDir, { recursive: true })
    await writeFile(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 })
    await chmod(file, 0o600)
  }
  const secrets = Object.fromEntries(KEYS.map((key) => [key, env[key]?.trim() || stored[key]!])) as LocalSecrets
  return secrets
}
