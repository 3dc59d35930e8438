import { assertSecrets } from '@kat/stack/env'

/**
 * On server start: a production CMS refuses to run without its secrets (naming each one missing), then
 * initialises Payload so pending migrations (prodMigrations) are applied before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return
  assertSecrets(process.env)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./payload.config')])
  await getPayload({ config })
}
