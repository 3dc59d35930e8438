import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { PUBLIC_FIELDS, publicFields, publicGlobalFields } from './access/publicFields'
import { oneDateFormat } from './admin/dateFormat'
import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { Citations } from './collections/Citations'
import { Conditions } from './collections/Conditions'
import { Contraindications } from './collections/Contraindications'
import { Disclaimers } from './collections/Disclaimers'
import { Media, MAX_UPLOAD_BYTES } from './collections/Media'
import { Redirects } from './collections/Redirects'
import { Users } from './collections/Users'
import { roleDashboard } from './dashboard'
import { SiteSettings } from './globals/SiteSettings'
import { emailAdapter } from './email/adapter'
import { withWeeklyReviewDigest } from './email/reviewDigestTask'
import { flagOverdueReviews, REVIEWED_COLLECTIONS } from './jobs/flagOverdueReviews'
import { oneJobRunnerAtATime } from './jobs/oneRunnerAtATime'
import { migrations } from './migrations'
import { depthLimit } from './graphql/depthLimit'
import { readCmsEnv } from './env'
import { mediaStorage } from './storage/mediaStorage'
import { fieldErrorResponse } from './errors/fieldErrors'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Read replicas, S3 media and the CDN purge webhook: a wrong value stops the CMS here, naming it.
const env = readCmsEnv(process.env)

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  admin: {
    user: 'users',
    // No Gravatar: the admin must work offline and must not leak editors' emails to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Ketamine Therapy Guide CMS' },
    components: {
      views: { importPosts: { Component: '/import/components/ImportPostsView#ImportPostsView', path: '/import-posts' } },
      afterNavLinks: ['/import/components/ImportNavLink#ImportNavLink'],
    },
  },
  // Readers see only the fields the portal renders (access/publicFields.ts); users are closed to them anyway.
  collections: [
    publicFields(Articles, PUBLIC_FIELDS.articles),
    publicFields(Conditions, PUBLIC_FIELDS.conditions),
    publicFields(Contraindications, PUBLIC_FIELDS.contraindications),
    publicFields(Citations, PUBLIC_FIELDS.citations),
    publicFields(Disclaimers, PUBLIC_FIELDS.disclaimers),
    publicFields(Media, PUBLIC_FIELDS.media),
    publicFields(Redirects, PUBLIC_FIELDS.redirects),
    Users,
    AuditLog,
  ],
  globals: [publicGlobalFields(SiteSettings, PUBLIC_FIELDS['site-settings'])],
  // The role dashboard with saved list views, one date format (with the year) across the admin, and each
  // job run once however many CMS instances share the database.
  plugins: [
    roleDashboard,
    oneDateFormat,
    oneJobRunnerAtATime,
    // Media in a bucket when S3_BUCKET is set, else on disk (collections/Media).
    mediaStorage(env.s3),
  ],
  editor: lexicalEditor(),
  // `?depth=` beyond what a page needs only makes the database work: the portal asks for depth 1.
  maxDepth: 3,
  // Public GraphQL must not become a way to make the database work hard: cost and depth are capped.
  graphQL: {
    maxComplexity: 500,
    disablePlaygroundInProduction: true,
    validationRules: () => [depthLimit],
  },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // A refused save answers with each failed rule on its field, over REST and GraphQL alike.
  hooks: { afterError: [fieldErrorResponse] },
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Reads outside a transaction go to the replicas, except on the instance that wrote for 2 s after a
    // write (Payload's default); a re-render served by another instance can read a lagging replica, which
    // the notice's follow-up calls, sent only with replicas (hooks/revalidatePortal.ts), expire again.
    ...(env.readReplicas.length ? { readReplicas: env.readReplicas } : {}),
    // One schema scheme everywhere: committed migrations. Push would write a `dev` marker after which
    // `payload migrate` stops at an interactive prompt.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // Standalone production servers (Docker) have no CLI: they apply pending migrations on boot.
    prodMigrations: migrations,
  }),
  jobs: {
    tasks: [withWeeklyReviewDigest(flagOverdueReviews, REVIEWED_COLLECTIONS)],
    // Scheduled publishing (default queue), the nightly review-overdue flags and the weekly review digest,
    // run inside the CMS server: on every instance, one at a time (jobs/oneRunnerAtATime.ts).
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      { cron: '*/30 * * * *', queue: 'nightly', limit: 5 },
      { cron: '*/30 * * * *', queue: 'weekly', limit: 1 },
    ],
    shouldAutoRun: () => process.env.NODE_ENV !== 'test' && process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
    // Jobs run only from those crons: Payload's /api/payload-jobs/run and /handle-schedules, open to any
    // signed-in user by default, would run them outside that lock (they call the runner directly).
    access: { run: () => false },
  },
  // SMTP_URL and EMAIL_FROM (see email/adapter.ts); the workflow's mails are in email/workflowMail.ts.
  email: emailAdapter(),
  sharp,
  telemetry: false,
  typescript: {
    // The augmentation of 'payload' lives in src/payload-generated-types.d.ts, so the portal can use the
    // generated types without having Payload installed.
    declare: false,
    outputFile:
      process.env.PAYLOAD_TYPES_OUTPUT ?? path.resolve(dirname, '../../../packages/cms-types/src/payload-types.ts'),
  },
})
