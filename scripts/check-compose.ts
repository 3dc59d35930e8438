/**
 * Validates docker-compose.yml without a Docker engine: `docker compose config` (or Debian's
 * `docker-compose config`) checks it against the Compose schema, then we check what the deployment
 * relies on: healthchecks, a data volume, Dockerfiles that build and run each app as `pnpm start` does, and required secrets.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const composeFile = path.join(rootDir, 'docker-compose.yml')
const SECRETS = {
  POSTGRES_PASSWORD: 'check',
  PAYLOAD_SECRET: 'check',
  REVALIDATE_SECRET: 'check',
  PREVIEW_SECRET: 'check',
  SMTP_URL: 'smtp://mail.example.org:587',
  EMAIL_FROM: 'cms@example.org',
}

function findCompose(): string[] | undefined {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', 'compose']
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose']
  return undefined
}

const problems: string[] = []
const compose = findCompose()
if (!compose) {
  console.error('✗ Neither `docker compose` nor `docker-compose` is installed (Debian: apt-get install docker-compose).')
  process.exit(1)
}

// An empty env file, so a developer's .env cannot hide a missing secret.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kat-compose-'))
const emptyEnvFile = path.join(tmp, 'empty.env')
writeFileSync(emptyEnvFile, '')
const config = (env: Record<string, string>) =>
  spawnSync(compose[0]!, [...compose.slice(1), '--env-file', emptyEnvFile, '-f', composeFile, 'config', '-q'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp, ...env },
    encoding: 'utf8',
  })

try {
  const valid = config(SECRETS)
  if (valid.status !== 0) problems.push(`docker-compose.yml is invalid:\n${valid.stderr}`)
  for (const name of Object.keys(SECRETS)) {
    const { [name]: _omitted, ...rest } = SECRETS as Record<string, string>
    const result = config(rest)
    if (result.status === 0 || !result.stderr.includes(name)) {
      problems.push(`docker-compose.yml starts without ${name}; it must refuse and name it.`)
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

type Service = { build?: { dockerfile?: string }; healthcheck?: unknown; volumes?: string[]; depends_on?: unknown; environment?: Record<string, string> }
const file = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> }
for (const name of ['postgres', 'cms', 'web', 'web-2']) {
  const service = file.services[name]
  if (!service) {
    problems.push(`Service ${name} is missing.`)
    continue
  }
  if (!service.healthcheck) problems.push(`Service ${name} has no healthcheck.`)
  const dockerfile = service.build?.dockerfile
  if (name !== 'postgres') {
    if (!dockerfile || !existsSync(path.join(rootDir, dockerfile))) problems.push(`Service ${name}: Dockerfile ${dockerfile} not found.`)
    else {
      // The CMS runs Next's standalone server; the portal its own (server.ts), from the built app.
      const expected = name.startsWith('web') ? '"@kat/web", "start"' : 'NEXT_OUTPUT=standalone'
      if (!readFileSync(path.join(rootDir, dockerfile), 'utf8').includes(expected)) problems.push(`${dockerfile} does not build and run ${name} as its stack does (${expected}).`)
    }
    if (!service.depends_on) problems.push(`Service ${name} does not wait for its dependencies.`)
  }
}
// Preview links open WEB_URL in the editor's browser, which cannot resolve the compose network's names.
const cmsEnv = file.services.cms?.environment ?? {}
if (Object.keys(file.services).some((name) => new RegExp(`^https?://${name}[:/]`).test(cmsEnv.WEB_URL ?? ''))) {
  problems.push('The CMS WEB_URL is a compose service address; it must be the public one (set WEB_INTERNAL_URL for revalidation).')
}
if (!cmsEnv.WEB_INTERNAL_URL) problems.push('The CMS has no WEB_INTERNAL_URL: revalidation would go to the public address.')
// Several portal replicas share one cache, behind one address.
for (const name of ['web', 'web-2']) {
  if (!file.services[name]?.environment?.REDIS_URL) problems.push(`Portal replica ${name} has no REDIS_URL: its cache would not be shared.`)
}
if (!file.services.redis?.healthcheck) problems.push('Service redis is missing or has no healthcheck.')
const proxyConfig = file.services.proxy?.volumes?.[0]?.split(':')[0]
if (!proxyConfig || !existsSync(path.join(rootDir, proxyConfig))) problems.push('The reverse proxy in front of the portal replicas has no committed config.')
else if (!['web:3000', 'web-2:3000'].every((upstream) => readFileSync(path.join(rootDir, proxyConfig), 'utf8').includes(upstream))) {
  problems.push(`${proxyConfig} does not send readers to both portal replicas.`)
}
const volume = file.services.postgres?.volumes?.[0]?.split(':')[0]
if (!volume || !file.volumes || !(volume in file.volumes)) problems.push('PostgreSQL has no named data volume.')

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'))
  process.exit(1)
}
console.log(`✓ docker-compose.yml is valid (${compose.join(' ')} config) with healthchecks, a data volume, required secrets and mail settings, two portal replicas sharing Redis behind a proxy.`)
