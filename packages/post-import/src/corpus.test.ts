/**
 * The golden corpus (corpus/): posts written for these tests in the shapes Wix, Squarespace and WordPress
 * produce, each with the structure a careful editor would expect. Every field is compared on its own, and
 * the accuracy per field across the corpus is printed, so a heuristic change shows what it costs.
 */
import { describe, expect, it } from 'vitest'

import { findConditionMentions } from './conditions'
import { plainText } from './inline'
import { parsePost } from './parse'
import { blocksToText } from './render'
import { corpusFiles, DEMO_CONDITION_TERMS } from './testing/fixtures'
import type { ParsedPost } from './types'
import { parseWxr, type WxrItem } from './wxr'

/** What the golden JSON states about one post. Fields left out of a golden file are not compared. */
interface Observed {
  title: string | null
  titleNeeded: boolean
  author: string | null
  date: string | null
  categories: string[]
  tags?: string[]
  link?: string | null
  headings: string[]
  lists: string[][]
  notes: number
  /** Strong condition mentions (linked), by name, in order of first mention. */
  conditions: string[]
  /** Weak mentions (proposed to the editor). */
  proposed: string[]
  removed: string[]
}

function observe(post: ParsedPost, item?: WxrItem): Observed {
  const mentions = findConditionMentions(`${post.title}\n${blocksToText(post.blocks)}`, DEMO_CONDITION_TERMS)
  return {
    title: post.titleNeeded ? null : post.title,
    titleNeeded: post.titleNeeded,
    author: post.metadata.author,
    date: post.metadata.publishedAt,
    categories: post.metadata.categories,
    ...(item ? { tags: post.metadata.tags, link: item.link } : {}),
    headings: post.blocks.flatMap((block) => (block.type === 'heading' ? [`${'#'.repeat(block.level)} ${block.text}`] : [])),
    lists: post.blocks.flatMap((block) => (block.type === 'list' ? [block.items.map((entry) => plainText(entry).trim())] : [])),
    notes: post.blocks.filter((block) => block.type === 'note').length,
    conditions: mentions.filter((mention) => mention.confidence === 'strong').map((mention) => mention.key),
    proposed: mentions.filter((mention) => mention.confidence === 'weak').map((mention) => mention.key),
    removed: post.removed,
  }
}

interface WxrExpected {
  skipped: { pages: number; attachments: number; drafts: number; other: number }
  attachments?: { url: string; alt: string | null }[]
  posts: (Partial<Observed> & { slug: string })[]
}

/** One row per post: its name, what was expected and what came out. */
function corpusCases(): { name: string; expected: Partial<Observed>; actual: Observed }[] {
  return corpusFiles().flatMap(({ name, text, expected }) => {
    if (!name.endsWith('.xml')) return [{ name, expected: expected as Partial<Observed>, actual: observe(parsePost({ name, text })) }]
    const result = parseWxr(text)
    return (expected as WxrExpected).posts.map((post) => {
      const found = result.posts.find((entry) => entry.item.slug === post.slug)
      const { slug, ...fields } = post
      return { name: `${name} › ${slug}`, expected: fields, actual: found ? observe(found.parsed, found.item) : ({} as Observed) }
    })
  })
}

const FIELDS = ['title', 'titleNeeded', 'author', 'date', 'categories', 'tags', 'link', 'headings', 'lists', 'notes', 'conditions', 'proposed', 'removed'] as const

/** Lowest accuracy each field may have on the corpus before the suite fails. */
const THRESHOLD = 1

describe('golden corpus', () => {
  const cases = corpusCases()

  it('holds at least 25 posts, in text, HTML, Markdown and WXR', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
    for (const extension of ['.txt', '.html', '.md', '.xml']) expect(cases.some((entry) => entry.name.includes(extension)), extension).toBe(true)
  })

  it(`matches the golden structure field by field (each field at least ${THRESHOLD * 100} %)`, () => {
    const rows = FIELDS.map((field) => {
      const compared = cases.filter((entry) => field in entry.expected)
      const wrong = compared.filter((entry) => JSON.stringify(entry.actual[field]) !== JSON.stringify(entry.expected[field]))
      for (const entry of wrong) console.log(`✗ ${entry.name} · ${field}\n  expected ${JSON.stringify(entry.expected[field])}\n  actual   ${JSON.stringify(entry.actual[field])}`)
      return { field, correct: compared.length - wrong.length, total: compared.length }
    })
    const table = [
      'field       | correct | total | %',
      '------------|---------|-------|------',
      ...rows.map((row) => `${row.field.padEnd(11)} | ${String(row.correct).padStart(7)} | ${String(row.total).padStart(5)} | ${row.total ? ((100 * row.correct) / row.total).toFixed(1) : '–'}`),
    ].join('\n')
    console.log(`Corpus accuracy (${cases.length} posts):\n${table}`)
    for (const row of rows) expect(row.total === 0 || row.correct / row.total >= THRESHOLD, `${row.field}: ${row.correct}/${row.total}`).toBe(true)
  })

  it('keeps no removed line in the rendered body', () => {
    for (const { name, text } of corpusFiles().filter((file) => !file.name.endsWith('.xml'))) {
      const post = parsePost({ name, text })
      const lines = post.markdown.split('\n')
      for (const line of post.removed) expect(lines, `${name}: ${line}`).not.toContain(line)
    }
  })

  it('counts what each WXR export skips', () => {
    for (const { name, text, expected } of corpusFiles().filter((file) => file.name.endsWith('.xml'))) {
      const result = parseWxr(text)
      const golden = expected as WxrExpected
      expect(result.skipped, name).toEqual(golden.skipped)
      expect(result.posts.map((post) => post.item.slug), name).toEqual(golden.posts.map((post) => post.slug))
      if (golden.attachments) expect(result.attachments.map(({ url, alt }) => ({ url, alt })), name).toEqual(golden.attachments)
    }
  })
})
