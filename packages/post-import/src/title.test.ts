import { describe, expect, it } from 'vitest'

import { parsePost } from './parse'

const BODY = 'Ketamine care starts with a long talk about your history and your goals.\n\nYour clinician explains each step before it happens.'

describe('title and byline', () => {
  it('reads a bare name above the title as the byline, never as the title', () => {
    const post = parsePost({ name: 'a.txt', text: `Jordan Ellery\nWhat a First Visit Looks Like\n\n${BODY}` })
    expect(post).toMatchObject({ title: 'What a First Visit Looks Like', titleNeeded: false, metadata: { author: 'Jordan Ellery' } })
    expect(post.removed).toEqual(['Jordan Ellery'])
  })

  it('reads a builder byline block above the title', () => {
    const post = parsePost({ name: 'a.txt', text: `Dr. Ana Ruiz\nMar 3, 2023\n4 min read\n\nWhat a First Visit Looks Like\n\n${BODY}` })
    expect(post).toMatchObject({ title: 'What a First Visit Looks Like', metadata: { author: 'Dr. Ana Ruiz', publishedAt: '2023-03-03' } })
  })

  it('keeps a title-case title whose words the body uses in lower case', () => {
    const post = parsePost({ name: 'a.txt', text: `Ketamine Care Explained\nWhat to Expect\n\n${BODY}` })
    expect(post.title).toBe('Ketamine Care Explained')
  })

  it('never takes a generic first heading as the title, and says a title is needed', () => {
    const post = parsePost({ name: 'post-7.txt', text: `Introduction\n\n${BODY}\n\nPreparing for the Day\n\nEat lightly and plan a ride home.` })
    expect(post).toMatchObject({ titleNeeded: true, titleSuggestions: ['Preparing for the Day', 'Ketamine care starts with a long talk about your history…'] })
    expect(post.blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Introduction' })
    expect(post.warnings[0]).toMatch(/^No title was found in the post: the draft needs a title/)
  })

  it('does the same for Markdown and HTML', () => {
    const markdown = parsePost({ name: 'a.md', text: `Sam Okoro\n\n# What a First Visit Looks Like\n\n${BODY}` })
    expect(markdown).toMatchObject({ title: 'What a First Visit Looks Like', metadata: { author: 'Sam Okoro' } })
    const generic = parsePost({ name: 'a.md', text: `# Overview\n\n${BODY}` })
    expect(generic.titleNeeded).toBe(true)
    const html = parsePost({ name: 'a.html', text: `<title>First Visits | Clinic</title><article><h1>Overview</h1><p>${BODY}</p></article>` })
    expect(html).toMatchObject({ title: 'First Visits', titleNeeded: false })
    expect(html.blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Overview' })
  })
})
