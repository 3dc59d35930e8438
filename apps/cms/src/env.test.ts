import { describe, expect, it } from 'vitest'

import { CmsEnvError, readCmsEnv } from './env'

const problemsOf = (env: Record<string, string>) => {
  try {
    readCmsEnv(env)
  } catch (error) {
    if (error instanceof CmsEnvError) return error.problems
    throw error
  }
  return []
}

describe('the CMS settings for scale', () => {
  it('default to one database, media on disk and no CDN', () => {
    expect(readCmsEnv({})).toEqual({ readReplicas: [], s3: undefined, cdnPurge: undefined })
    expect(readCmsEnv({ DATABASE_REPLICA_URLS: ' ', S3_BUCKET: '', CDN_PURGE_URL: '' })).toEqual({ readReplicas: [], s3: undefined, cdnPurge: undefined })
  })

  it('read replicas from a comma-separated list', () => {
    const env = { DATABASE_REPLICA_URLS: 'postgres://kat:pw@replica-1:5432/kat, postgresql://kat:pw@replica-2/kat' }
    expect(readCmsEnv(env).readReplicas).toEqual(['postgres://kat:pw@replica-1:5432/kat', 'postgresql://kat:pw@replica-2/kat'])
  })

  it('name each wrong replica address, without its password', () => {
    const problems = problemsOf({ DATABASE_REPLICA_URLS: 'postgres://kat:pw@replica-1/kat,replica-2:5432,mysql://kat:secret@db/kat' })
    expect(problems).toEqual([
      'DATABASE_REPLICA_URLS entry 2 must start with postgres:// or postgresql://, got replica-2:5432',
      'DATABASE_REPLICA_URLS entry 3 must start with postgres:// or postgresql://, got mysql://kat:***@db/kat',
    ])
    expect(problemsOf({ DATABASE_REPLICA_URLS: 'not a url' })).toEqual([
      'DATABASE_REPLICA_URLS entry 1 is not a URL; expected e.g. postgres://user:password@replica-1.example.org:5432/kat, comma-separated',
    ])
  })

  it('read S3 for AWS with the SDK credentials, and for a compatible service with keys and path-style addresses', () => {
    expect(readCmsEnv({ S3_BUCKET: 'kat-media', S3_REGION: 'eu-west-1' }).s3).toEqual({ bucket: 'kat-media', region: 'eu-west-1', forcePathStyle: false })
    const minio = { S3_BUCKET: 'media', S3_REGION: 'us-east-1', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }
    expect(readCmsEnv(minio).s3).toEqual({
      bucket: 'media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    expect(readCmsEnv({ ...minio, S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(false)
  })

  it('name every S3 problem at once', () => {
    expect(problemsOf({ S3_REGION: 'eu-west-1', S3_ENDPOINT: 'http://minio:9000' })).toEqual([
      'S3_REGION, S3_ENDPOINT are set but S3_BUCKET is not: set S3_BUCKET to keep media in S3, or unset the S3_* variables to keep it on disk',
    ])
    expect(problemsOf({ S3_BUCKET: 'Kat_Media', S3_ENDPOINT: 'minio:9000', S3_ACCESS_KEY_ID: 'key', S3_FORCE_PATH_STYLE: 'maybe' })).toEqual([
      'S3_BUCKET "Kat_Media" is not a bucket name (3–63 lowercase letters, digits, dots and hyphens)',
      'S3_REGION is not set (e.g. us-east-1; auto for Cloudflare R2; any value for MinIO)',
      'S3_ENDPOINT must be an http:// or https:// address, got "minio:9000"',
      "S3_ACCESS_KEY_ID is set but S3_SECRET_ACCESS_KEY is not: set both, or neither to use the AWS SDK's own credentials",
      'S3_FORCE_PATH_STYLE must be true or false, got "maybe"',
    ])
  })

  it('read the CDN purge webhook only with its secret', () => {
    expect(readCmsEnv({ CDN_PURGE_URL: 'https://purge.example.org/hook', CDN_PURGE_SECRET: 's3cret' }).cdnPurge).toEqual({ url: 'https://purge.example.org/hook', secret: 's3cret' })
    expect(problemsOf({ CDN_PURGE_URL: 'https://purge.example.org/hook' })).toEqual([
      'CDN_PURGE_URL is set but CDN_PURGE_SECRET is not: the webhook must be able to tell the CMS from anyone else (e.g. `openssl rand -hex 32`)',
    ])
    expect(problemsOf({ CDN_PURGE_SECRET: 's3cret' })).toEqual(['CDN_PURGE_SECRET is set but CDN_PURGE_URL is not: set the webhook address, or unset both'])
    expect(problemsOf({ CDN_PURGE_URL: 'ftp://purge.example.org/hook', CDN_PURGE_SECRET: 's3cret' })).toEqual(['CDN_PURGE_URL must be an http:// or https:// address, got "ftp://purge.example.org/hook"'])
  })

  it('say which settings stop the CMS, all in one message', () => {
    expect(() => readCmsEnv({ DATABASE_REPLICA_URLS: 'x', CDN_PURGE_SECRET: 'y' })).toThrow(
      "Refusing to start: the CMS's settings have problems.\n  - DATABASE_REPLICA_URLS entry 1 is not a URL",
    )
  })
})
