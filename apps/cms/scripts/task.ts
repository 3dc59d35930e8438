/**
 * The CMS's command-line tasks, run with tsx: `tsx scripts/task.ts <task> [args]`.
 *
 *   migrate                          apply the committed migrations that are pending
 *   seed                             demo content (and demo logins when SEED_PASSWORD is set);
 *                                    with SEED_IF_EMPTY=1 only into a database without users
 *   generate:types                   the shared types in packages/cms-types (PAYLOAD_TYPES_OUTPUT overrides)
 *   generate:importmap               the admin import map
 *   migrate:create <name> [--skip-empty]   a migration for the schema changes since the last one
 *
 * Not Payload's own CLI: it imports the config and each migration file dynamically through a scoped
 * TypeScript loader, and about one run in six exited 0 having done nothing (payloadcms/payload#16381,
 * #17757; reproduced here on Node 20: an empty database after `payload migrate`). Here every module is
 * imported statically, and each task calls the same Payload functions the CLI would.
 */
import { generateImportMap, getPayload, type Migration } from 'payload'
import { generateTypes } from 'payload/node'

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
    default:
      throw new Error(`Unknown task "${task ?? ''}". Tasks: migrate, seed, generate:types, generate:importmap, migrate:create.`)
  }
}

try {
  await run()
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
