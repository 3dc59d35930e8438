import { describe, expect, it } from 'vitest'

import { publishThroughWorkflow } from '../src/seed/publishThroughWorkflow'
import { lexicalForDiff } from '../src/workflow/changes/lexicalForDiff'
import type { FieldChange } from '../src/workflow/changes/summary'
import { rest, signIn } from './support/http'
import { paragraph, richText } from './support/lexical'
import { conditionData } from './support/payload'
import { as, freshContentEachTest } from './support/users'

const fresh = freshContentEachTest()

const callout = (variant: string, title: string, text: string) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: `callout-${title.length}`, blockName: '', blockType: 'callout', variant, title, text },
})
const marker = (citation: number) => ({ type: 'inlineBlock', version: 1, fields: { id: `marker-${citation}`, blockType: 'citationReference', citation } })

async function publishedArticle() {
  const actors = { editor: fresh.users.editor, reviewer: fresh.users.reviewer }
  const first = await publishThroughWorkflow(fresh.payload, 'citations', { type: 'web-page', title: 'Ketamine clinic guide', url: 'https://example.org/guide' }, actors)
  const second = await publishThroughWorkflow(fresh.payload, 'citations', { type: 'web-page', title: 'Esketamine label', url: 'https://example.org/label' }, actors)
  const condition = await publishThroughWorkflow(fresh.payload, 'conditions', conditionData({ name: 'Bipolar depression' }), actors)
  const body = richText(paragraph('What to expect.', marker(first.id)), callout('warning', 'Before you start', 'Tell your care team about blood pressure problems.'))
  const article = await publishThroughWorkflow(
    fresh.payload,
    'articles',
    { title: 'Your first session', slug: 'your-first-session', summary: 'What happens.', audience: 'patients', body, citations: [first.id] },
    actors,
  )
  return { article, first, second, condition }
}

const changesOf = async (token: string | undefined, id: number) => rest(token, 'GET', `/articles/${id}/changes`)

describe('since last published', () => {
  it('lists each changed field in words: text before and after, sources and conditions by name, callouts and markers', async () => {
    const { article, first, second, condition } = await publishedArticle()
    const editor = await signIn(fresh.users.editor.email)
    expect((await changesOf(editor, article.id)).json).toEqual({ published: true, changes: [], compareUrl: null })

    await fresh.payload.update({
      collection: 'articles',
      id: article.id,
      data: {
        title: 'Your first ketamine session',
        citations: [first.id, second.id],
        conditions: [condition.id],
        body: richText(
          paragraph('What to expect.', marker(first.id), marker(second.id)),
          callout('warning', 'Before you start', 'Tell your care team about heart or blood pressure problems.'),
          callout('crisis', 'If you feel unsafe', 'Call or text 988.'),
        ),
      },
      draft: true,
      ...as(fresh.users.editor),
    })

    const { status, json } = await changesOf(editor, article.id)
    expect(status).toBe(200)
    const byField = Object.fromEntries((json.changes as FieldChange[]).map((change) => [change.field, change.details]))
    expect(byField.title).toEqual(['“Your first session” → “Your first ketamine session”'])
    expect(byField.citations).toEqual(['Added: Esketamine label'])
    expect(byField.conditions).toEqual(['Added: Bipolar depression'])
    expect(byField.body).toEqual([
      'Callout text changed: Warning: Before you start',
      'Callout added: Crisis help: If you feel unsafe',
      'Citation marker added: Esketamine label',
    ])
    // Workflow bookkeeping is not a change of content.
    expect(Object.keys(byField).sort()).toEqual(['body', 'citations', 'conditions', 'title'])
    expect(json.compareUrl).toMatch(new RegExp(`^/admin/collections/articles/${article.id}/versions/\\d+\\?versionFrom=\\d+$`))

    // A reviewer sees the same; a reader does not see it at all.
    const reviewer = await signIn(fresh.users.reviewer.email)
    expect((await changesOf(reviewer, article.id)).json.changes).toEqual(json.changes)
    expect((await changesOf(undefined, article.id)).status).toBe(403)
  })

  it('names removed relations and changes per locale', async () => {
    const { article } = await publishedArticle()
    await fresh.payload.update({ collection: 'articles', id: article.id, data: { citations: [] }, draft: true, ...as(fresh.users.editor) })
    await fresh.payload.update({ collection: 'articles', id: article.id, locale: 'es', data: { title: 'Su primera sesión' }, draft: true, ...as(fresh.users.editor) })
    const { json } = await changesOf(await signIn(fresh.users.editor.email), article.id)
    const changes = json.changes as FieldChange[]
    expect(changes.find((change) => change.field === 'citations')?.details).toEqual(['Removed: Ketamine clinic guide'])
    expect(changes.find((change) => change.field === 'title')).toMatchObject({ locales: ['es'], details: ['ES: empty → “Su primera sesión”'] })
  })

  it('says when nothing is live yet, and answers unknown documents with 404', async () => {
    const draft = await fresh.payload.create({
      collection: 'articles',
      data: { title: 'Not yet', slug: 'not-yet', summary: 'Draft.', audience: 'patients', body: richText(paragraph('Text.')) },
      draft: true,
      ...as(fresh.users.editor),
    })
    const editor = await signIn(fresh.users.editor.email)
    expect((await changesOf(editor, draft.id)).json).toEqual({ published: false, changes: [], compareUrl: null })
    expect((await changesOf(editor, 987654)).status).toBe(404)
  })
})

describe('compare view of rich text', () => {
  it('spells out callouts and citation markers instead of opaque chips', () => {
    const body = richText(paragraph('Works fast.', marker(7)), callout('warning', 'Blood pressure', 'It can rise for an hour.'))
    const shown = lexicalForDiff(body, (citation) => `[1] Citation ${String(citation)}`)
    expect(JSON.stringify(shown)).not.toContain('"inlineBlock"')
    expect(JSON.stringify(shown)).not.toContain('"block"')
    const [first, second] = shown.root.children as unknown as { type: string; children: { text?: string }[] }[]
    expect(first!.children.map((child) => child.text)).toEqual(['Works fast.', ' [1] Citation 7'])
    expect(second!.type).toBe('quote')
    expect(second!.children.map((child) => child.text).filter(Boolean)).toEqual(['Callout (Warning): Blood pressure', 'It can rise for an hour.'])
  })
})
