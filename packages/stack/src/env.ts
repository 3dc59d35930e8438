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

/** The local mail catcher's ports (the next free one when taken) and the sender of local mail. */
export const DEFAULT_SMTP_PORT = 1025
export const DEFAULT_MAIL_WEB_PORT = 1080
export const LOCAL_EMAIL_FROM = 'Ketamine Therapy Guide <cms@localhost>'

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

/**
 * Mail settings: deployment mode sends through SMTP_URL as EMAIL_FROM; local mode gets both from the
 * stack's mail catcher. A password in SMTP_URL never appears in a message.
 */
export const MAIL_SETTINGS = ['SMTP_URL', 'EMAIL_FROM'] as const
export type MailSettings = { smtpUrl: string; from: string }

export type MailAddress = { name?: string; address: string }

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+$/

/** `cms@example.org` or `Name <cms@example.org>` (the name may be quoted); undefined otherwise. */
export function parseMailbox(value: string | undefined): MailAddress | undefined {
  const text = value?.trim() ?? ''
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(text)
  const address = (named ? named[2]! : text).trim()
  if (!ADDRESS.test(address)) return undefined
  const name = named?.[1]?.trim().replace(/^"(.*)"$/, '$1').trim()
  return name ? { name, address } : { address }
}

function smtpUrlProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'SMTP_URL is not a URL; expected e.g. smtp://user:password@smtp.example.org:587 or smtps://…:465'
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return `SMTP_URL must start with smtp:// or smtps://, got ${url.protocol}//${url.host}`
  }
  if (!url.hostname) return 'SMTP_URL names no host'
  return undefined
}

/** What is wrong with the mail settings, one line each; empty when they are usable. */
export function mailSettingsProblems(env: Env): string[] {
  const problems: string[] = []
  const smtpUrl = env.SMTP_URL?.trim()
  if (!smtpUrl) problems.push('SMTP_URL is not set (the SMTP server mail goes through, e.g. smtp://user:password@smtp.example.org:587)')
  else {
    const problem = smtpUrlProblem(smtpUrl)
    if (problem) problems.push(problem)
  }
  const from = env.EMAIL_FROM?.trim()
  if (!from) problems.push('EMAIL_FROM is not set (the sender of every mail, e.g. "Ketamine Therapy Guide <cms@example.org>")')
  else if (!parseMailbox(from)) problems.push(`EMAIL_FROM must be an address or "Name <address>", got "${from}"`)
  return problems
}

export class MailSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Refusing to start: DATABASE_URL is set (deployment mode), so the CMS sends mail through your SMTP server.\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        `\nUnset DATABASE_URL to run locally, where a mail catcher keeps every mail.`,
    )
    this.name = 'MailSettingsError'
  }
}

/** Throws a MailSettingsError naming every missing or malformed mail setting. */
export function assertMailSettings(env: Env): MailSettings {
  const problems = mailSettingsProblems(env)
  if (problems.length) throw new MailSettingsError(problems)
  return { smtpUrl: env.SMTP_URL!.trim(), from: env.EMAIL_FROM!.trim() }
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
  /** Where the CMS sends mail: the deployment's SMTP server or the local mail catcher. */
  mail?: MailSettings
}): Record<string, string> {
  const { env, mode, databaseUrl, secrets, ports, mail } = options
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
    ...(mail && { SMTP_URL: mail.smtpUrl, EMAIL_FROM: mail.from }),
    NEXT_TELEMETRY_DISABLED: '1',
  }
}
