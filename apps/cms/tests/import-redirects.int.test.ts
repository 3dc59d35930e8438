import { describe, expect, it } from 'vitest'

import { paragraph, richText } from './support/lexical'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()

const redirectsFrom = async (from: string) =>
  (await fresh.payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0, overrideAccess: true })).docs

async function importedDraft(originalUrl: string, slug = 'what-to-expect') {
  return fresh.payload.create({
    collection: 'articles',
    data: {
      title: 'What to expect',
      slug,
      summary: 'An imported post.',
      audience: 'clinicians',
      body: richText(paragraph('Text.')),
      importSource: { key: `key-${slug}`, originalUrl },
    },
    draft: true,
    ...as(fresh.users.editor),
  })
}

/** Sent for review by the editor, approved and published by the reviewer. */
async function publish(id: number) {
  const { editor, reviewer } = fresh.users
  await fresh.payload.update({ collection: 'articles', id, data: { workflowStatus: 'in-review' }, draft: true, ...as(editor) })
  await fresh.payload.update({ collection: 'articles', id, data: { workflowStatus: 'approved' }, draft: true, ...as(reviewer) })
  await fresh.payload.update({ collection: 'articles', id, data: { _status: 'published' }, ...as(reviewer) })
}

describe("an imported post's old address", () => {
  it('answers with a redirect to the article once it is published, not before', async () => {
    const draft = await importedDraft('https://clinic.example/Blog/What-To-Expect/')
    expect(await redirectsFrom('/blog/what-to-expect')).toHaveLength(0)
    await publish(draft.id)
    const [redirect] = await redirectsFrom('/blog/what-to-expect')
    expect(redirect).toMatchObject({ to: '/articles/what-to-expect', reason: 'import', recordedFor: fresh.users.reviewer.id })
  })

  it('leaves an editor’s own redirect for that path alone, and records nothing for the site root', async () => {
    await fresh.payload.create({ collection: 'redirects', data: { from: '/blog/what-to-expect', to: '/conditions', reason: 'manual' }, overrideAccess: true })
    await publish((await importedDraft('https://clinic.example/blog/what-to-expect')).id)
    await publish((await importedDraft('https://clinic.example/?p=12', 'another-post')).id)
    expect((await redirectsFrom('/blog/what-to-expect'))[0]).toMatchObject({ to: '/conditions', reason: 'manual' })
    expect((await fresh.payload.find({ collection: 'redirects', where: { reason: { equals: 'import' } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
