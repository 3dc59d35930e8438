/**
 * The CMS's own command-line tasks, run with tsx: `tsx scripts/task.ts <task> [args]`.
 *
 *   seed                             demo content (and demo logins when SEED_PASSWORD is set);
 *                                    with SEED_IF_EMPTY=1 only into a database without users
 *   import-posts <file-or-dir>... [--dry-run] [--json]   clinic blog posts as draft articles
 *
 * Migrations and code generation are Payload's own CLI (`payload migrate`, `generate:types`, …).
 */
import { getPayload, type Where } from 'payload'

import { readImportFiles } from '../src/import/readImportFiles'
import { formatReport } from '../src/import/formatReport'
import { importPosts } from '../src/import/importPosts'
import { progressBar } from '../src/import/progressBar'
import config from '../src/payload.config'
import { seed } from '../src/seed'

const [task, ...args] = process.argv.slice(2)

async function run(): Promise<void> {
  switch (task) {
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
      throw new Error(`Unknown task "${task ?? ''}". Tasks: seed, import-posts.`)
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

try {
  await run()
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
