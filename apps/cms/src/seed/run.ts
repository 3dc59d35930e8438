/**
 * `payload run src/seed/run.ts`, called by `pnpm dev`/`pnpm start` (SEED_IF_EMPTY=1, local mode) and by
 * `pnpm seed`. Demo logins are seeded only when SEED_PASSWORD is given.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from './index'

const payload = await getPayload({ config })
const ifEmpty = process.env.SEED_IF_EMPTY === '1'

if (ifEmpty && (await payload.count({ collection: 'users' })).totalDocs > 0) {
  payload.logger.info('Database already has content; skipping the demo seed.')
} else {
  await seed(payload, { loginPassword: process.env.SEED_PASSWORD || undefined })
}
await payload.destroy()
process.exit(0)
