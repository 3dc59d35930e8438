import { slugify } from '@kat/domain'
import type { Payload } from 'payload'

import { demoConditions } from './conditions'

export const DEMO_USERS = [
  { email: 'admin@example.com', name: 'Demo Admin', roles: ['admin'] },
  { email: 'editor@example.com', name: 'Demo Editor', roles: ['editor'] },
  { email: 'reviewer@example.com', name: 'Dr Demo Reviewer', credentials: 'MD, Psychiatrist', roles: ['reviewer'] },
] as const

export type SeedOptions = {
  /** Seed the demo logins with this password; without it no login is created. */
  loginPassword?: string
  log?: (line: string) => void
}

/** Creates or updates the demo logins (idempotent, keyed by email). */
export async function seedDemoUsers(payload: Payload, password: string): Promise<void> {
  for (const user of DEMO_USERS) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1 })
    const data = { ...user, roles: [...user.roles], password }
    if (existing.docs[0]) await payload.update({ collection: 'users', id: existing.docs[0].id, data })
    else await payload.create({ collection: 'users', data })
  }
}

/** Demo content: site settings and conditions, upserted by slug so a second run changes nothing. */
export async function seedDemoContent(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      siteName: 'Ketamine Therapy Guide',
      organisation: 'Demo Clinic',
      crisisHelp: {
        text: 'If you are thinking about suicide, or you are in danger, get help now. You do not have to wait for your next appointment.',
        lines: [
          { label: 'US: Suicide & Crisis Lifeline (call or text)', contact: '988', href: 'tel:988' },
          { label: 'UK and Ireland: Samaritans', contact: '116 123', href: 'tel:116123' },
          { label: 'Emergency services', contact: '911 (US) / 999 (UK) / 112 (EU)', href: 'tel:911' },
        ],
      },
      footer: 'Educational information only. It does not replace advice from your own clinician.',
    },
  })

  for (const condition of demoConditions) {
    const slug = slugify(condition.name)
    const existing = await payload.find({ collection: 'conditions', where: { slug: { equals: slug } }, limit: 1, draft: true })
    const data = { ...condition, slug, _status: 'published' as const }
    if (existing.docs[0]) await payload.update({ collection: 'conditions', id: existing.docs[0].id, data })
    else await payload.create({ collection: 'conditions', data })
  }
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  await seedDemoContent(payload)
  log(`Seeded ${demoConditions.length} conditions and the site settings.`)
  if (options.loginPassword) {
    await seedDemoUsers(payload, options.loginPassword)
    log(`Seeded demo logins: ${DEMO_USERS.map((u) => u.email).join(', ')}.`)
  } else {
    log('No demo logins seeded (set SEED_PASSWORD to create them).')
  }
}
