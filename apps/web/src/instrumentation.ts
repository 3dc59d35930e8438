import { assertSecrets } from '@kat/stack/env'

/** A production portal refuses to start without its secrets, naming each one missing. */
export function register() {
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    assertSecrets(process.env, ['REVALIDATE_SECRET', 'PREVIEW_SECRET'])
  }
}
