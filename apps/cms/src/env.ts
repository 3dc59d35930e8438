/**
 * The CMS's settings for running at scale, read from the environment in one place and checked at
 * startup (payload.config.ts), so a wrong value stops the CMS with a message naming it instead of
 * failing at the first read, upload or publish. Every setting is optional: unset, the CMS reads and
 * writes one database, keeps media on local disk and tells only the portal about changes.
 */
export type Env = Record<string, string | undefined>

export type S3Settings = {
  bucket: string
  region: string
  /** An S3-compatible service's address (MinIO, Cloudflare R2, …); unset for AWS. */
  endpoint?: string
  forcePathStyle: boolean
  /** Unset: the AWS SDK's own chain (instance role, AWS_* variables, shared files). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

export type CdnPurgeSettings = { url: string; secret: string }

export type CmsEnv = {
  /** DATABASE_REPLICA_URLS: read replicas of DATABASE_URL; Payload sends reads outside a transaction to them. */
  readReplicas: string[]
  /** S3_*: media files in a bucket instead of MEDIA_DIR. */
  s3?: S3Settings
  /** CDN_PURGE_URL and CDN_PURGE_SECRET: a webhook told the cache tags of each change. */
  cdnPurge?: CdnPurgeSettings
}

type Read<T> = { value: T; problems: string[] }

const trimmed = (value: string | undefined) => value?.trim() || undefined

/** A URL for a message, without its password. */
function shown(url: URL): string {
  const copy = new URL(url.toString())
  if (copy.password) copy.password = '***'
  return copy.toString()
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

export function readReplicaUrls(env: Env): Read<string[]> {
  const entries = (trimmed(env.DATABASE_REPLICA_URLS) ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  const problems: string[] = []
  entries.forEach((entry, index) => {
    const url = parseUrl(entry)
    const which = `DATABASE_REPLICA_URLS entry ${index + 1}`
    if (!url) problems.push(`${which} is not a URL; expected e.g. postgres://user:password@replica-1.example.org:5432/kat, comma-separated`)
    else if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') problems.push(`${which} must start with postgres:// or postgresql://, got ${shown(url)}`)
    else if (!url.hostname) problems.push(`${which} names no host: ${shown(url)}`)
  })
  return { value: problems.length ? [] : entries, problems }
}

/** The bucket naming rules S3 and the compatible services share: 3–63 lowercase letters, digits, dots and hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const S3_VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

function parseFlag(value: string | undefined, name: string, problems: string[]): boolean | undefined {
  if (value === undefined) return undefined
  if (/^(true|1|yes)$/i.test(value)) return true
  if (/^(false|0|no)$/i.test(value)) return false
  problems.push(`${name} must be true or false, got "${value}"`)
  return undefined
}

export function readS3Settings(env: Env): Read<S3Settings | undefined> {
  const [bucket, region, endpoint, accessKeyId, secretAccessKey, pathStyle] = S3_VARIABLES.map((name) => trimmed(env[name]))
  const problems: string[] = []
  if (!bucket) {
    const set = S3_VARIABLES.filter((name) => trimmed(env[name]))
    if (set.length) problems.push(`${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to keep media in S3, or unset the S3_* variables to keep it on disk`)
    return { value: undefined, problems }
  }
  if (!BUCKET.test(bucket)) problems.push(`S3_BUCKET "${bucket}" is not a bucket name (3–63 lowercase letters, digits, dots and hyphens)`)
  if (!region) problems.push('S3_REGION is not set (e.g. us-east-1; auto for Cloudflare R2; any value for MinIO)')
  if (endpoint) {
    const url = parseUrl(endpoint)
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) problems.push(`S3_ENDPOINT must be an http:// or https:// address, got "${endpoint}"`)
  }
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push(`${accessKeyId ? 'S3_ACCESS_KEY_ID is set but S3_SECRET_ACCESS_KEY is not' : 'S3_SECRET_ACCESS_KEY is set but S3_ACCESS_KEY_ID is not'}: set both, or neither to use the AWS SDK's own credentials`)
  }
  // S3-compatible services mostly serve buckets by path (MinIO does unless configured otherwise); AWS by host.
  const forcePathStyle = parseFlag(pathStyle, 'S3_FORCE_PATH_STYLE', problems) ?? Boolean(endpoint)
  if (problems.length) return { value: undefined, problems }
  return {
    value: {
      bucket,
      region: region!,
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle,
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
    problems,
  }
}

export function readCdnPurge(env: Env): Read<CdnPurgeSettings | undefined> {
  const url = trimmed(env.CDN_PURGE_URL)
  const secret = trimmed(env.CDN_PURGE_SECRET)
  if (!url) return { value: undefined, problems: secret ? ['CDN_PURGE_SECRET is set but CDN_PURGE_URL is not: set the webhook address, or unset both'] : [] }
  const parsed = parseUrl(url)
  const problems: string[] = []
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) problems.push(`CDN_PURGE_URL must be an http:// or https:// address, got "${parsed ? shown(parsed) : url}"`)
  if (!secret) problems.push('CDN_PURGE_URL is set but CDN_PURGE_SECRET is not: the webhook must be able to tell the CMS from anyone else (e.g. `openssl rand -hex 32`)')
  return problems.length ? { value: undefined, problems } : { value: { url, secret: secret! }, problems }
}

export class CmsEnvError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Refusing to start: the CMS's settings have ${problems.length === 1 ? 'a problem' : 'problems'}.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'CmsEnvError'
  }
}

/** Every setting above, or a CmsEnvError naming each wrong one. */
export function readCmsEnv(env: Env): CmsEnv {
  const readReplicas = readReplicaUrls(env)
  const s3 = readS3Settings(env)
  const cdnPurge = readCdnPurge(env)
  const problems = [...readReplicas.problems, ...s3.problems, ...cdnPurge.problems]
  if (problems.length) throw new CmsEnvError(problems)
  return { readReplicas: readReplicas.value, s3: s3.value, cdnPurge: cdnPurge.value }
}
