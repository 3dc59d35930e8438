import { describe, expect, it } from 'vitest'

import { classifyLine, looksLikeName, separateGlued, stripFurniture } from './furniture'

const items = (...texts: string[]) => texts.map((text) => ({ text }))

describe('classifyLine', () => {
  it('recognises navigation, share and account lines whole', () => {
    for (const line of ['Previous', 'Next', '« Previous', 'Next →', 'Older Post', 'Newer post']) expect(classifyLine(line), line).toEqual({ kind: 'nav' })
    for (const line of ['top of page', 'Back to top', 'Skip to content', 'Follow us', 'Share', 'Share this post', 'Facebook', 'X', 'LinkedIn', 'TikTok', 'Log in', 'Sign up', 'See All', 'Subscribe', 'Post not marked as liked', 'Follow usFacebookInstagram']) {
      expect(classifyLine(line), line).toEqual({ kind: 'plain' })
    }
    expect(classifyLine('Recent Posts')).toEqual({ kind: 'zone' })
  })

  it('recognises page-bottom lines, cookie notices, comment forms, newsletter and booking prompts', () => {
    for (const line of [
      'bottom of page',
      'Commentsbottom of page',
      'Comments (3)',
      'Views: 1,204',
      'No comments yet',
      'We use cookies to give you the best experience on our website.',
      'This site uses cookies. By continuing to browse, you agree to their use.',
      'Accept All',
      'Your email address will not be published. Required fields are marked *',
      'Name *',
      'Subscribe to our newsletter',
      'Sign up for blog updates and never miss a post',
      'Book a free consultation today!',
      'Schedule your first visit',
      'Call us today at (555) 010-0147',
      'Ready to take the first step? Book a call with our intake team.',
      'Previous post: What to Bring to Your First Session',
      'Next → How Integration Sessions Work',
      'Home | About | Services | Blog | Contact',
      'Click to share on LinkedIn (Opens in new window)',
    ]) {
      expect(classifyLine(line), line).toEqual({ kind: 'plain' })
    }
  })

  it('removes a menu entry only beside other furniture', () => {
    expect(stripFurniture(items('Home', 'About', 'Services', 'Blog', 'Real text here.'), { titleKnown: true }).removed).toEqual(['Home', 'About', 'Services', 'Blog'])
    expect(stripFurniture(items('Some text.', 'FAQ', 'Does it hurt?'), { titleKnown: true }).removed).toEqual([])
  })

  it('recognises counters and reading times', () => {
    for (const line of ['12 views', '0 comments', '1 comment', '4 likes', '1.2k views', '24 views2 comments']) expect(classifyLine(line), line).toEqual({ kind: 'plain' })
    expect(classifyLine('3 min read')).toEqual({ kind: 'meta', readTime: true })
  })

  it('reads metadata lines: dates, bylines, categories and tags', () => {
    expect(classifyLine('29 June 2023')).toEqual({ kind: 'meta', date: { kind: 'date', iso: '2023-06-29', updated: false } })
    expect(classifyLine('By Jane Doe')).toEqual({ kind: 'meta', author: 'Jane Doe' })
    expect(classifyLine('Written by Dr. Sam Lee, MD')).toEqual({ kind: 'meta', author: 'Dr. Sam Lee, MD' })
    expect(classifyLine('Author: Jane Doe')).toEqual({ kind: 'meta', author: 'Jane Doe' })
    expect(classifyLine('Categories: , Blog')).toEqual({ kind: 'meta', categories: ['Blog'] })
    expect(classifyLine('Tags: PTSD, Research')).toEqual({ kind: 'meta', categories: ['PTSD', 'Research'] })
    expect(classifyLine('Jane Doe · 3 min read')).toEqual({ kind: 'meta', readTime: true, author: 'Jane Doe' })
    expect(classifyLine('Posted on April 2, 2024 by Dana Whitfield')).toEqual({ kind: 'meta', date: { kind: 'date', iso: '2024-04-02', updated: false }, author: 'Dana Whitfield' })
    expect(classifyLine('Tagged aftercare, integration')).toEqual({ kind: 'meta', categories: ['aftercare', 'integration'] })
  })

  it('keeps sentences that merely contain a furniture word', () => {
    for (const line of [
      'Next, your clinician will check your blood pressure.',
      'Share how you feel with your therapist.',
      'Next Steps',
      'Follow-Up Care',
      'By the end of the session most people feel calm.',
      'By Day Three, Most Patients Feel Settled.',
      'Posted in 2019, this study looked at sleep.',
      'Facebook groups can be a source of support, but check what you read.',
      'Categories of side effects',
      'Booking is easy, and our team will answer your questions first.',
      'Some people keep a journal to bring to their next session.',
      'Cookies and other treats are fine after the session.',
    ]) {
      expect(classifyLine(line), line).toBeNull()
    }
  })
})

describe('looksLikeName', () => {
  it('accepts names with honorifics, initials and post-nominals, not sentences', () => {
    expect(looksLikeName('Dr. Maya Fernsby')).toBe(true)
    expect(looksLikeName('Jordan Ellery, PMHNP-BC')).toBe(true)
    expect(looksLikeName('Ana de la Cruz and J. R. Stone')).toBe(true)
    expect(looksLikeName('Jane')).toBe(false)
    expect(looksLikeName('the care team')).toBe(false)
    expect(looksLikeName('Ketamine helps some people.')).toBe(false)
  })
})

describe('separateGlued', () => {
  it('breaks a line where furniture was glued to it', () => {
    expect(separateGlued('Emerging Evidence in PsychiatryFollow us')).toEqual({
      parts: [
        { text: 'Emerging Evidence in Psychiatry', glued: true },
        { text: 'Follow us', glued: false },
      ],
      splits: ['PsychiatryFollow → Psychiatry Follow'],
    })
    expect(separateGlued('PreviousSleep and Mood')).toEqual({
      parts: [
        { text: 'Previous', glued: false },
        { text: 'Sleep and Mood', glued: true },
      ],
      splits: ['PreviousSleep → Previous Sleep'],
    })
  })

  it('only spaces run-together words when nothing is furniture', () => {
    expect(separateGlued('Ketamine therapyCan help')).toEqual({ parts: [{ text: 'Ketamine therapy Can help', glued: false }], splits: ['therapyCan → therapy Can'] })
  })
})

describe('stripFurniture', () => {
  it('removes Previous/Next with the neighbouring titles, keeping content', () => {
    const result = stripFurniture(items('My Post', 'Body text.', 'Previous', 'Previous', 'Older Title', 'Next', 'Newer Title'), { titleKnown: false })
    expect(result.keep).toEqual([true, true, false, false, false, false, false])
    expect(result.removed).toEqual(['Previous', 'Previous', 'Older Title', 'Next', 'Newer Title'])
  })

  it('does not take a sentence after "Next" for a post title', () => {
    const result = stripFurniture(items('Title', 'Next', 'This paragraph is real content and ends with a full stop.'), { titleKnown: false })
    expect(result.keep).toEqual([true, false, true])
  })

  it('removes post lists after "Recent posts" until content resumes', () => {
    const result = stripFurniture(items('Recent Posts', 'See All', 'First Other Post', 'Second Other Post', 'A real closing sentence follows here.'), { titleKnown: true })
    expect(result.keep).toEqual([false, false, false, false, true])
  })

  it('reads the byline block: a bare name next to a date is the author, the title is never one', () => {
    const result = stripFurniture(items('Jane Doe Speaks', 'Dr. Maya Fernsby', 'Mar 12, 2024', '4 min read', 'Categories: Blog, Research', 'Body.'), { titleKnown: false })
    expect(result).toEqual({
      keep: [true, false, false, false, false, true],
      removed: ['Dr. Maya Fernsby', 'Mar 12, 2024', '4 min read', 'Categories: Blog, Research'],
      author: 'Dr. Maya Fernsby',
      publishedAt: '2024-03-12',
      categories: ['Blog', 'Research'],
      dateNotes: [],
    })
  })

  it('removes a title-like line that had furniture glued to it, except the first line', () => {
    const result = stripFurniture([{ text: 'Post Title', glued: true }, { text: 'Body.' }, { text: 'Another Post', glued: true }], { titleKnown: false })
    expect(result.keep).toEqual([true, true, false])
  })

  it('notes unusable dates instead of guessing', () => {
    expect(stripFurniture(items('03/04/2023', 'Jun 29'), { titleKnown: true }).dateNotes).toEqual([
      'The date "03/04/2023" is ambiguous (day and month could be either way round) and was not used.',
      'The date "Jun 29" has no year and was not used.',
    ])
  })
})
