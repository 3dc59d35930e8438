/**
 * The CMS's command-line tasks, run with tsx: `tsx scripts/task.ts <task> [args]`.
 *
 *   migrate                          apply the committed migrations that are pending
 *   seed                             demo content (and demo logins when SEED_PASSWORD is set);
 *                                    with SEED_IF_EMPTY=1 only into a database without users
 *   generate:types                   the shared types in packages/cms-types (PAYLOAD_TYPES_OUTPUT overrides)
 *   generate:importmap               the admin import map
 *   migrate:create <name> [--skip-empty]   a migration for the schema changes since the last one
 *   import-posts <file-or-dir>... [--dry-run] [--json]   clinic blog posts as draft articles
 *
 * Not Payload's own CLI: it imports the config and each migration file dynamically through a scoped
 * TypeScript loader, and about one run in six exited 0 having done nothing (payloadcms/payload#16381,
 * #17757; reproduced here on Node 20: an empty database after `payload migrate`). Here every module is
 * imported statically, and each task calls the same Payload functions the CLI would.
 */
import { generateImportMap, getPayload, type Migration, type Where } from 'payload'
import { generateTypes } from 'payload/node'

import { readImportFiles } from '../src/import/readImportFiles'
import { formatReport } from '../src/import/formatReport'
import { importPosts } from '../src/import/importPosts'
import { progressBar } from '../src/import/progressBar'
import { migrations } from '../src/migrations'
import config from '../src/payload.config'
import { seed } from '../src/seed'

const [task, ...args] = process.argv.slice(2)

async function run(): Promise<void> {
  switch (task) {
    case 'migrate': {
      const payload = await getPayload({ config })
      // The committed list is what prodMigrations runs too; Payload types this argument as (args: unknown).
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
      await payload.destroy()
      return
    }
    case 'seed': {
      const payload = await getPayload({ config })
      if (process.env.SEED_IF_EMPTY === '1' && (await payload.count({ collection: 'users' })).totalDocs > 0) {
        payload.logger.info('Database already has content; skipping the demo seed.')
      } else {
        await seed(payload, { loginPassword: process.env.SEED_PASSWORD || undefined })
      }
      await payload.destroy()
      return
    }
    case 'generate:types':
      await generateTypes(await config)
      return
    case 'generate:importmap':
      await generateImportMap(await config, { log: true })
      return
    case 'migrate:create': {
      const name = args.find((arg) => !arg.startsWith('--'))
      if (!name) throw new Error('Usage: migrate:create <name> [--skip-empty]')
      const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
      await payload.db.createMigration({ migrationName: name, payload, skipEmpty: args.includes('--skip-empty') })
      return
    }
    case 'import-posts': {
      const json = args.includes('--json')
      const asIndex = args.indexOf('--as')
      const asEmail = asIndex >= 0 ? args[asIndex + 1] : undefined
      const paths = args.filter((arg, index) => !arg.startsWith('--') && !(asIndex >= 0 && index === asIndex + 1))
      if (!paths.length) throw new Error('Usage: import-posts <file-or-dir>... [--dry-run] [--json]')
      const resolved = await config
      // With --json, stdout carries the report only: Payload's log goes to stderr.
      if (json) resolved.logger = { options: { level: 'warn' }, destination: process.stderr } as unknown as typeof resolved.logger
      const { files, unreadable } = readImportFiles(paths)
      const payload = await getPayload({ config: resolved })
      const actor = await importActor(payload, asEmail)
      const progress = progressBar()
      const result = await importPosts(payload, files, { dryRun: args.includes('--dry-run'), actor, onProgress: progress.update })
      progress.stop()
      const reports = [...unreadable, ...result.reports]
      process.stdout.write(json ? `${JSON.stringify({ reports, exports: result.exports }, null, 2)}\n` : `${formatReport(reports, result.exports)}\n`)
      await payload.destroy()
      if (reports.some((report) => !report.ok)) process.exit(1)
      return
    }
    default:
      throw new Error(`Unknown task "${task ?? ''}". Tasks: migrate, seed, generate:types, generate:importmap, migrate:create, import-posts.`)
  }
}

/** Who the imported drafts are recorded as edited by: `--as <email>`, else the first editor, else the first admin. */
async function importActor(payload: Awaited<ReturnType<typeof getPayload>>, email: string | undefined) {
  const where: Where = email ? { email: { equals: email } } : { roles: { contains: 'editor' } }
  const found = (await payload.find({ collection: 'users', where, sort: 'id', limit: 1, depth: 0 })).docs[0]
  if (found) return found
  if (email) throw new Error(`No account ${email} to import as.`)
  return (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, sort: 'id', limit: 1, depth: 0 })).docs[0]
}

// The event loop only empties before `run` settles when a module load never completed (see the note
// above): say so, with the exit code an unsettled await gets, which the stack's task runner retries.
process.once('beforeExit', () => {
  console.error(`Task "${task ?? ''}" stopped before finishing: a module load never completed.`)
  process.exit(13)
})

try {
  await run()
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
