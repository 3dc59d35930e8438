import { assertMailSettings, assertSecrets, detectMode, type Mode } from '@kat/stack/env'

/**
 * On server start: a production CMS refuses to run without its secrets and, in deployment mode, its mail
 * settings (naming each one missing), then initialises Payload so pending migrations (prodMigrations) are
 * applied before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return
  assertSecrets(process.env)
  // The stack says which mode it started (local mode brings its own mail catcher); Docker sets only DATABASE_URL.
  if (((process.env.KAT_MODE as Mode | undefined) ?? detectMode(process.env)) === 'deployment') assertMailSettings(process.env)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./payload.config')])
  await getPayload({ config })
}
