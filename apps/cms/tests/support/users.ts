import type { User } from '@kat/cms-types'
import type { Payload } from 'payload'
import { beforeAll, beforeEach } from 'vitest'

import { getTestPayload, resetCollections } from './payload'

export type TestUsers = { admin: User; editor: User; reviewer: User; secondReviewer: User }

/** Fresh users for a test (the users collection must have been reset): one per role, and two reviewers. */
export async function createTestUsers(payload: Payload): Promise<TestUsers> {
  const make = (email: string, name: string, roles: User['roles']) =>
    payload.create({ collection: 'users', data: { email, name, roles, password: 'a-long-test-password' } })
  const admin = await make('admin@test.local', 'Test Admin', ['admin'])
  const editor = await make('editor@test.local', 'Test Editor', ['editor'])
  const reviewer = await make('reviewer@test.local', 'Test Reviewer', ['reviewer'])
  const secondReviewer = await make('reviewer2@test.local', 'Second Reviewer', ['reviewer', 'editor'])
  return { admin, editor, reviewer, secondReviewer }
}

export const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

/** A published, required disclaimer: content cannot be published without one. */
export async function createRequiredDisclaimer(payload: Payload, users: Pick<TestUsers, 'editor' | 'reviewer'>) {
  const { publishThroughWorkflow } = await import('../../src/seed/publishThroughWorkflow')
  return publishThroughWorkflow(
    payload,
    'disclaimers',
    { title: 'Medical disclaimer', body: 'Education only, not medical advice.', kind: 'medical-advice', required: true, scope: 'all' },
    users,
  )
}

/** No content and fresh users, but for the published required disclaimer that content needs. */
export async function freshContent(payload: Payload): Promise<TestUsers> {
  await resetCollections(payload, 'articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'redirects', 'users')
  const users = await createTestUsers(payload)
  await createRequiredDisclaimer(payload, users)
  return users
}

/**
 * Registers the hooks that give every test of the file fresh content and fresh users, and returns
 * them: read `fresh.payload` and `fresh.users` inside the tests.
 */
export function freshContentEachTest(): { payload: Payload; users: TestUsers } {
  const fresh = {} as { payload: Payload; users: TestUsers }
  beforeAll(async () => {
    fresh.payload = await getTestPayload()
  })
  beforeEach(async () => {
    fresh.users = await freshContent(fresh.payload)
  })
  return fresh
}
