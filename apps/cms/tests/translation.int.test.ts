import config from '@payload-config'
import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { VIEWS } from '../src/dashboard/views'
import { conditionData } from './support/payload'
import { expectFieldError } from './support/errors'
import { as, freshContentEachTest, type TestUsers } from './support/users'

const fresh = freshContentEachTest()

type Step = 'draft' | 'in-review' | 'approved'

const readAnonymously = async (id: number, locale: 'en' | 'es') => {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/conditions/${id}?locale=${locale}&fallback-locale=none&depth=0`),
  })
  return (await response.json()) as { name?: string; summary?: string; translation?: { reviewedAt?: string | null; reviewedBy?: string | null } }
}

/** A condition written in English and Spanish by the editor, approved by the reviewer and published. */
async function publishedInBothLanguages(users: TestUsers) {
  const { payload } = fresh
  const doc = await payload.create({ collection: 'conditions', data: conditionData({ name: 'Bipolar depression', _status: 'draft' }), draft: true, depth: 0, ...as(users.editor) })
  await payload.update({
    collection: 'conditions',
    id: doc.id,
    locale: 'es',
    draft: true,
    depth: 0,
    data: { name: 'Depresión bipolar', summary: 'La fase baja del trastorno bipolar.', workflowStatus: 'in-review' },
    ...as(users.editor),
  })
  await step(doc.id, 'approved', users.reviewer)
  return fresh.payload.update({ collection: 'conditions', id: doc.id, data: { _status: 'published' }, depth: 0, ...as(users.editor) })
}

const step = (id: number, workflowStatus: Step, by: TestUsers[keyof TestUsers], locale: 'en' | 'es' = 'en') =>
  fresh.payload.update({ collection: 'conditions', id, locale, data: { workflowStatus }, draft: true, depth: 0, ...as(by) })

const edit = (id: number, locale: 'en' | 'es', data: { name?: string; summary?: string }, by: TestUsers[keyof TestUsers]) =>
  fresh.payload.update({ collection: 'conditions', id, locale, data, draft: true, depth: 0, ...as(by) })

const outOfDateIds = async () =>
  (await fresh.payload.find({ collection: 'conditions', where: VIEWS.translationOutOfDate.where('conditions', { userId: 0, now: new Date() }), draft: true, depth: 0 })).docs.map(
    (doc) => doc.id,
  )

describe('reviewed translations', () => {
  it('publishes the Spanish text with its own review date, set by the reviewer who approved it', async () => {
    const { users } = fresh
    const published = await publishedInBothLanguages(users)
    expect(published.translation?.reviewedBy).toBe('Test Reviewer')
    expect(published.translation?.reviewedAt).toBeTruthy()
    expect(published.translationOutOfDate).toBe(false)

    const spanish = await readAnonymously(published.id, 'es')
    expect(spanish.name).toBe('Depresión bipolar')
    expect(spanish.translation?.reviewedAt).toBe(published.translation?.reviewedAt)
    // Readers never see the bookkeeping behind it.
    expect(Object.keys(spanish)).not.toContain('translationFingerprint')
    expect(Object.keys(spanish)).not.toContain('sourceFingerprint')
  })

  it('a document without Spanish text has no Spanish review, and Spanish readers get no English under a Spanish request', async () => {
    const { payload, users } = fresh
    const doc = await payload.create({ collection: 'conditions', data: conditionData({ name: 'Chronic pain', _status: 'draft' }), draft: true, depth: 0, ...as(users.editor) })
    await step(doc.id, 'in-review', users.editor)
    await step(doc.id, 'approved', users.reviewer)
    const published = await payload.update({ collection: 'conditions', id: doc.id, data: { _status: 'published' }, depth: 0, ...as(users.editor) })
    expect(published.translation?.reviewedAt ?? null).toBeNull()
    const spanish = await readAnonymously(doc.id, 'es')
    expect(spanish.name ?? null).toBeNull()
    expect(spanish.translation?.reviewedAt ?? null).toBeNull()
  })

  it('a Spanish edit goes through the same four-eyes review before it is live', async () => {
    const { payload, users } = fresh
    const published = await publishedInBothLanguages(users)
    // A person with both roles edits the Spanish: they cannot approve their own text.
    await edit(published.id, 'es', { summary: 'Texto cambiado sin revisión.' }, users.secondReviewer)
    await step(published.id, 'in-review', users.secondReviewer, 'es')
    await expectFieldError(step(published.id, 'approved', users.secondReviewer, 'es'), 'workflowStatus', /another|own|four|reviewer/i)
    // The live Spanish text is still the approved one.
    expect((await readAnonymously(published.id, 'es')).summary).toBe('La fase baja del trastorno bipolar.')
    // Publishing it without an approval is refused.
    await expectFieldError(
      payload.update({ collection: 'conditions', id: published.id, locale: 'es', data: { _status: 'published' }, depth: 0, ...as(users.editor) }),
      'workflowStatus',
      /approve/i,
    )
    await step(published.id, 'approved', users.reviewer, 'es')
    const live = await payload.update({ collection: 'conditions', id: published.id, data: { _status: 'published' }, depth: 0, ...as(users.editor) })
    expect((await readAnonymously(published.id, 'es')).summary).toBe('Texto cambiado sin revisión.')
    expect(new Date(live.translation!.reviewedAt!).getTime()).toBeGreaterThan(new Date(published.translation!.reviewedAt!).getTime())
  })

  it('an English change after the Spanish review marks the translation out of date until the Spanish is reviewed again', async () => {
    const { payload, users } = fresh
    const published = await publishedInBothLanguages(users)
    await edit(published.id, 'en', { summary: 'The low phase of bipolar disorder, with a new safety note.' }, users.editor)
    await step(published.id, 'in-review', users.editor)
    await step(published.id, 'approved', users.reviewer)
    const republished = await payload.update({ collection: 'conditions', id: published.id, data: { _status: 'published' }, depth: 0, ...as(users.editor) })
    expect(republished.translationOutOfDate).toBe(true)
    // The Spanish page keeps the date its own text was reviewed.
    expect(republished.translation?.reviewedAt).toBe(published.translation?.reviewedAt)
    expect(await outOfDateIds()).toEqual([published.id])

    // Updating the Spanish and having it approved brings it up to date.
    await edit(published.id, 'es', { summary: 'La fase baja del trastorno bipolar, con una nueva nota de seguridad.' }, users.editor)
    await step(published.id, 'in-review', users.editor, 'es')
    const approved = await step(published.id, 'approved', users.reviewer, 'es')
    expect(approved.translationOutOfDate).toBe(false)
    expect(await outOfDateIds()).toEqual([])
  })

  it('a reviewer confirms an unchanged Spanish text against the new English by approving while viewing the Spanish', async () => {
    const { users } = fresh
    const published = await publishedInBothLanguages(users)
    await edit(published.id, 'en', { summary: 'The low phase of bipolar disorder (wording only).' }, users.editor)
    await step(published.id, 'in-review', users.editor)
    const inSpanish = await step(published.id, 'approved', users.reviewer, 'es')
    expect(inSpanish.translationOutOfDate).toBe(false)
    expect(new Date(inSpanish.translation!.reviewedAt!).getTime()).toBeGreaterThan(new Date(published.translation!.reviewedAt!).getTime())
  })

  it('clients cannot write the translation review themselves, over any field', async () => {
    const { payload, users } = fresh
    const doc = await payload.create({ collection: 'conditions', data: conditionData({ name: 'Anxiety disorders', _status: 'draft' }), draft: true, depth: 0, ...as(users.editor) })
    const forged = await payload.update({
      collection: 'conditions',
      id: doc.id,
      locale: 'es',
      draft: true,
      depth: 0,
      data: {
        name: 'Trastornos de ansiedad',
        translation: { reviewedAt: new Date().toISOString(), reviewedBy: 'Nobody' },
        translationOutOfDate: false,
        translationFingerprint: 'forged',
        sourceFingerprint: 'forged',
      } as never,
      ...as(users.editor),
    })
    expect(forged.translation?.reviewedAt ?? null).toBeNull()
    expect(forged.translation?.reviewedBy ?? null).toBeNull()
  })
})
