import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { conditionData, getTestPayload, resetCollections } from './support/payload'
import { createRequiredDisclaimer, createTestUsers } from './support/users'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

beforeEach(async () => {
  await resetCollections(payload, 'conditions', 'disclaimers', 'users')
})

describe('conditions on real PostgreSQL', () => {
  it('creates a published condition and reads it back, slug made from the name', async () => {
    // No slug given: the field hook makes one from the name (the generated type marks it required).
    const { editor, reviewer } = await createTestUsers(payload)
    await createRequiredDisclaimer(payload, { editor, reviewer })
    const created = await publishThroughWorkflow(
      payload,
      'conditions',
      conditionData({ name: 'Treatment-resistant depression', slug: undefined }),
      { editor, reviewer },
    )
    expect(created.slug).toBe('treatment-resistant-depression')

    const found = await payload.find({ collection: 'conditions', where: { slug: { equals: created.slug } } })
    expect(found.totalDocs).toBe(1)
    expect(found.docs[0]?.name).toBe('Treatment-resistant depression')
  })

  it('refuses an anonymous create', async () => {
    await expect(
      payload.create({
        collection: 'conditions',
        data: conditionData({ name: 'Anonymous attempt' }),
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    const { totalDocs } = await payload.count({ collection: 'conditions' })
    expect(totalDocs).toBe(0)
  })

  it('shows anonymous readers published conditions only', async () => {
    const { editor, reviewer } = await createTestUsers(payload)
    await createRequiredDisclaimer(payload, { editor, reviewer })
    await publishThroughWorkflow(payload, 'conditions', conditionData({ name: 'Published condition' }), { editor, reviewer })
    await payload.create({
      collection: 'conditions',
      data: conditionData({ name: 'Draft condition', _status: 'draft' }),
      draft: true,
    })

    const anonymous = await payload.find({ collection: 'conditions', overrideAccess: false })
    expect(anonymous.docs.map((doc) => doc.name)).toEqual(['Published condition'])

    const staff = await payload.find({ collection: 'conditions', draft: true })
    expect(staff.totalDocs).toBe(2)
  })

  it('rejects a malformed slug with a message naming the field', async () => {
    await expect(
      payload.create({
        collection: 'conditions',
        data: conditionData({ name: 'Bad slug', slug: 'Not A Slug!' }),
      }),
    ).rejects.toThrow(/slug/i)
  })
})

describe('users', () => {
  it('makes the first account an admin and later ones editors by default', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.com', password: 'a-long-test-password', name: 'First', roles: ['editor'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({
      collection: 'users',
      // Roles left out on purpose: the default applies (the generated type marks roles required).
      data: { email: 'second@example.com', password: 'a-long-test-password', name: 'Second' } as {
        email: string
        password: string
        name: string
        roles: ('admin' | 'editor' | 'reviewer')[]
      },
    })
    expect(second.roles).toEqual(['editor'])
  })

  it('does not let an editor promote themself', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'admin@example.com', password: 'a-long-test-password', name: 'Admin', roles: ['admin'] },
    })
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.com', password: 'a-long-test-password', name: 'Editor', roles: ['editor'] },
    })
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'] },
      user: { ...editor, collection: 'users' },
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['editor'])
  })
})
