/**
 * How the platform is configured: pure functions only, shared by the stack CLI and both apps.
 *
 * Two modes, decided by DATABASE_URL:
 * - local (unset): embedded PostgreSQL, secrets generated once into .data/, demo content and logins seeded.
 * - deployment (set): every secret must come from the environment; nothing is generated or seeded.
 */
export const REQUIRED_SECRETS = ['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const

export type SecretName = (typeof REQUIRED_SECRETS)[number]
export type Mode = 'local' | 'deployment'
export type Env = Record<string, string | undefined>

export const DEFAULT_WEB_PORT = 3000
export const DEFAULT_CMS_PORT = 3001

export const DEMO_LOGINS = ['admin@example.com', 'editor@example.com', 'reviewer@example.com'] as const

export const detectMode = (env: Env): Mode => (env.DATABASE_URL?.trim() ? 'deployment' : 'local')

export const missingSecrets = (env: Env, names: readonly SecretName[] = REQUIRED_SECRETS): SecretName[] =>
  names.filter((name) => !env[name]?.trim())

export class MissingSecretsError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(
      `Refusing to start: DATABASE_URL is set (deployment mode), so secrets must come from the environment.\n` +
        missing.map((name) => `  - ${name} is not set`).join('\n') +
        `\nSet each to a long random value, e.g. \`openssl rand -hex 32\`. ` +
        `Unset DATABASE_URL to run locally with an embedded database and generated secrets.`,
    )
    this.name = 'MissingSecretsError'
  }
}

/** Throws a MissingSecretsError naming every missing secret. */
export function assertSecrets(env: Env, names: readonly SecretName[] = REQUIRED_SECRETS): void {
  const missing = missingSecrets(env, names)
  if (missing.length) throw new MissingSecretsError(missing)
}

export function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${value}".`)
  }
  return port
}

export type Ports = { web: number; cms: number }

export const portsFromEnv = (env: Env): Ports => ({
  web: parsePort(env.WEB_PORT, DEFAULT_WEB_PORT, 'WEB_PORT'),
  cms: parsePort(env.CMS_PORT, DEFAULT_CMS_PORT, 'CMS_PORT'),
})

/**
 * The environment both apps get: database, secrets and how each reaches the other. WEB_URL is the
 * portal's public address (canonical URLs, preview links); WEB_INTERNAL_URL, where the CMS's server
 * posts revalidation, is the same unless set apart (a container network's service name).
 */
export function appEnv(options: {
  env: Env
  mode: Mode
  databaseUrl: string
  secrets: Record<SecretName, string>
  ports: Ports
}): Record<string, string> {
  const { env, mode, databaseUrl, secrets, ports } = options
  const cmsUrl = env.CMS_URL || `http://localhost:${ports.cms}`
  const webUrl = env.WEB_URL || `http://localhost:${ports.web}`
  return {
    KAT_MODE: mode,
    DATABASE_URL: databaseUrl,
    ...secrets,
    CMS_PORT: String(ports.cms),
    WEB_PORT: String(ports.web),
    CMS_URL: cmsUrl,
    WEB_URL: webUrl,
    WEB_INTERNAL_URL: env.WEB_INTERNAL_URL || webUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  }
}
