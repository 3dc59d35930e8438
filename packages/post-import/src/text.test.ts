import { describe, expect, it } from 'vitest'

import { parsePost } from './parse'
import { fixture } from './testing/fixtures'
import type { Block, Inline } from './types'

const text = (value: string): Inline => ({ type: 'text', text: value })
const paragraph = (value: string): Block => ({ type: 'paragraph', children: [text(value)] })
const heading = (value: string, level: 2 | 3 | 4 = 2): Block => ({ type: 'heading', level, text: value })
const outline = (blocks: Block[]) => blocks.map((block) => (block.type === 'heading' ? `h${block.level} ${block.text}` : block.type))

describe('plain text: blank-line paragraphs, bullets, disclaimer, sources, Previous/Next', () => {
  const post = parsePost(fixture('text-blank-lines.txt'))

  it('finds the title and the body, with label bullets bold', () => {
    expect(post.format).toBe('text')
    expect(post.title).toBe('What Happens During a Ketamine-Assisted Therapy Session?')
    expect(post.blocks).toEqual([
      paragraph('Many people who ask about ketamine-assisted therapy want to know what a session actually looks like. This post walks through a typical visit at our clinic, from the first check-in to the ride home.'),
      paragraph('Every clinic works a little differently, so ask your own care team how they do things.'),
      heading('Before the Session'),
      paragraph('Your care team reviews your health history and current medicines. Some conditions, such as uncontrolled high blood pressure, may mean ketamine is not a safe choice for you.'),
      paragraph('You will also meet the therapist who stays with you throughout the session.'),
      heading('During the Session'),
      paragraph('Most sessions take place in a quiet room with a comfortable chair. A clinician checks your blood pressure and how you feel at regular intervals.'),
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'text', text: 'Preparation:', bold: true }, text(' You set an intention with your therapist before the medicine is given.')],
          [{ type: 'text', text: 'Monitoring:', bold: true }, text(' A nurse or doctor stays nearby for the whole session.')],
          [{ type: 'text', text: 'Integration:', bold: true }, text(' Afterwards you talk through what came up with your therapist.')],
        ],
      },
      heading('After the Session'),
      paragraph('You will need someone to drive you home. Plan a calm evening and avoid important decisions for the rest of the day.'),
    ])
    expect(post.summary).toBe(
      'Many people who ask about ketamine-assisted therapy want to know what a session actually looks like. This post walks through a typical visit at our clinic, from the first check-in to the ride home.',
    )
  })

  it('takes the disclaimer and the sources out of the body', () => {
    expect(post.disclaimer).toBe(
      'This article is general information and not medical advice. Talk to a qualified clinician about whether ketamine-assisted therapy is right for you.',
    )
    expect(post.sources).toEqual([
      {
        raw: 'Ketamine-Assisted Psychotherapy: A Practical Overview for Patients: (view article)',
        title: 'Ketamine-Assisted Psychotherapy: A Practical Overview for Patients',
        doi: null,
        pmid: null,
        url: null,
        authors: null,
        journal: null,
        year: null,
      },
      {
        raw: 'Marsh J, Okoro A, Lindgren P. Patient experiences of ketamine-assisted psychotherapy. J Example Psychiatry. 2021;5(2):101-110. doi:10.5555/jep.2021.0123',
        title: 'Patient experiences of ketamine-assisted psychotherapy',
        doi: '10.5555/jep.2021.0123',
        pmid: null,
        url: null,
        authors: 'Marsh J, Okoro A, Lindgren P',
        journal: 'J Example Psychiatry',
        year: 2021,
      },
    ])
  })

  it('removes Previous/Next with the neighbouring titles, and the title run into "Follow us"', () => {
    expect(post.removed).toEqual([
      'Previous',
      'Previous',
      'Sleep and Mood: What the Research Says',
      'Next',
      'Next',
      'Caring for a Loved One with Depression',
      'Follow us',
      'Facebook',
      'Instagram',
      'top of page',
    ])
    expect(post.splits).toEqual(['DepressionFollow → Depression Follow'])
    expect(post.warnings).toEqual([])
    expect(post.metadata).toEqual({ author: null, publishedAt: null, categories: [], tags: [], canonicalUrl: null })
  })
})

describe('plain text: byline block and subsections', () => {
  const post = parsePost(fixture('text-meta-subsections.txt'))

  it('reads the byline block into metadata and removes it', () => {
    expect(post.metadata).toEqual({ author: 'Dr. Maya Fernsby', publishedAt: '2024-03-12', categories: ['Blog', 'Ketamine'], tags: [], canonicalUrl: null })
    expect(post.removed).toEqual([
      "Writer's picture",
      'Dr. Maya Fernsby',
      'Mar 12, 2024',
      '4 min read',
      'Categories: , Blog, Ketamine',
      '12 views',
      '0 comments',
      'Post not marked as liked',
    ])
  })

  it('makes headings after an intro ending in ":" subsections, up to the next outer heading or a closing heading', () => {
    expect(outline(post.blocks)).toEqual([
      'paragraph',
      'h2 Is Ketamine Right for Me?',
      'paragraph',
      'h3 Your Medical History',
      'paragraph',
      'h3 Your Current Treatment',
      'paragraph',
      'h3 Your Support at Home',
      'paragraph',
      'h2 What Are the Side Effects?',
      'paragraph',
      'h3 Feeling Detached',
      'paragraph',
      'h3 Nausea',
      'paragraph',
      'h2 Conclusion',
      'paragraph',
    ])
    expect(post.warnings).toEqual([])
  })

  it('keeps sentences that contain furniture words', () => {
    expect(post.blocks.at(-1)).toEqual(
      paragraph(
        'Ketamine can be one part of a careful treatment plan for some people. The next step is an honest talk with a clinician who knows your history. Feel free to share this page with someone who might find it useful.',
      ),
    )
  })
})

describe('plain text: single newlines, no title, lost lists', () => {
  const post = parsePost(fixture('text-single-newlines.txt'))

  it('marks the draft as needing a title, with the file name standing in and suggestions in the warning', () => {
    expect(post.title).toBe('Text single newlines')
    expect(post.titleNeeded).toBe(true)
    expect(post.titleSuggestions).toEqual(['People who look into ketamine-assisted therapy often arrive after trying…'])
    expect(post.warnings[0]).toBe('No title was found in the post: the draft needs a title (the file name stands in for now). Suggestions: "People who look into ketamine-assisted therapy often arrive after trying…".')
  })

  it('makes each line a paragraph and puts an editor\'s note where a list was lost', () => {
    expect(post.blocks.map((block) => (block.type === 'paragraph' ? block.children.map((inline) => inline.text).join('').slice(0, 40) : block.type))).toEqual([
      'People who look into ketamine-assisted t',
      'Ketamine has been used in hospitals as a',
      'Before starting, your care team will loo',
      'note',
      'During treatment, a clinician monitors y',
      'note',
      'The next section of your plan is usually',
      'If you have questions, write them down b',
    ])
    expect(post.warnings.slice(1)).toEqual([
      `A paragraph ends with ':' but no list follows ("Before starting, your care team will look at…"); list items may have been lost when the page was copied. The draft carries an editor's note there.`,
      `A paragraph ends with ':' but no list follows ("During treatment, a clinician monitors you closely. Typical…"); list items may have been lost when the page was copied. The draft carries an editor's note there.`,
    ])
  })

  it('splits "sentence.Share this post", removes the furniture and reads the "Disclaimer:" paragraph', () => {
    expect(post.splits).toEqual(['appointment.Share → appointment. Share'])
    expect(post.removed).toEqual(['Share this post'])
    expect(post.blocks.at(-1)).toEqual(paragraph('If you have questions, write them down before your first appointment.'))
    expect(post.disclaimer).toBe('The information on this page is for general education only. It does not replace advice from a qualified health professional who knows your history.')
  })
})

describe('plain text: numbered lists and reference styles', () => {
  const post = parsePost(fixture('text-references-numbered.txt'))

  it('reads the combined byline and the older/newer post links', () => {
    expect(post.metadata).toEqual({ author: 'Jordan Ellery, PMHNP-BC', publishedAt: '2024-06-03', categories: [], tags: [], canonicalUrl: null })
    expect(post.removed).toEqual([
      'By Jordan Ellery, PMHNP-BC · June 3, 2024 · 5 min read',
      'Older Post',
      'Starting Therapy After a Long Break',
      'Newer Post',
      'Talking to Your Family About Treatment',
    ])
  })

  it('reads ordered and unordered lists', () => {
    expect(post.blocks.filter((block) => block.type === 'list')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          [text('Confirm who will drive you home after the session.')],
          [text('Write down the medicines and supplements you take.')],
          [text('Note any questions about side effects or costs.')],
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [[text('A list of your medicines')], [text('Comfortable clothes and an eye mask if you like one')], [text('Headphones for music, if the clinic allows it')]],
      },
    ])
  })

  it('reads a "References:" list in three citation styles', () => {
    expect(post.sources.map(({ title, doi, pmid, url, authors, journal, year }) => ({ title, doi, pmid, url, authors, journal, year }))).toEqual([
      {
        title: 'Ketamine for treatment-resistant depression: a narrative review',
        doi: '10.5555/erc.2022.0001',
        pmid: '99000001',
        url: null,
        authors: 'Doe J, Rahman S, Keller T',
        journal: 'Example Res Clin Pract',
        year: 2022,
      },
      {
        title: 'Setting and support in ketamine-assisted psychotherapy',
        doi: null,
        pmid: null,
        url: 'https://example.org/articles/setting-and-support',
        authors: 'Patel, R., & Moreau, L',
        journal: 'Journal of Integrative Mental Health',
        year: 2020,
      },
      { title: 'Understanding ketamine treatment', doi: null, pmid: null, url: 'https://www.example.org/guide/ketamine', authors: null, journal: null, year: 2023 },
    ])
  })
})

describe('plain text: line shapes', () => {
  const parse = (value: string) => parsePost({ name: 'post.txt', text: value })

  it('accepts every bullet character, with any leading whitespace', () => {
    const post = parse('Title\n\nIntro sentence here.\n\n  • one\n\t· two\n ▪ three\n● four\n◦ five\n- six\n* seven\n– eight\n\n1) first\n2. second')
    expect(post.blocks.slice(1)).toEqual([
      { type: 'list', ordered: false, items: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'].map((item) => [text(item)]) },
      { type: 'list', ordered: true, items: [[text('first')], [text('second')]] },
    ])
  })

  it('joins hard-wrapped lines and links bare addresses', () => {
    const post = parse('Title\n\nThis paragraph was wrapped by an e-mail program so\nthat it continues on the next line, see https://example.org/guide.\n\nNext paragraph.')
    expect(post.blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          text('This paragraph was wrapped by an e-mail program so that it continues on the next line, see '),
          { type: 'link', url: 'https://example.org/guide', text: 'https://example.org/guide' },
          text('.'),
        ],
      },
      paragraph('Next paragraph.'),
    ])
  })

  it('reads short lines after a paragraph ending in ":" as a list when bullets were lost', () => {
    const post = parse('Title\n\nWhat to bring:\n\nA water bottle\n\nYour medicine list\n\nHeadphones\n\nWhat Happens Next\n\nA clinician will meet you at reception and explain the day.')
    expect(post.blocks).toEqual([
      paragraph('What to bring:'),
      { type: 'list', ordered: false, items: [[text('A water bottle')], [text('Your medicine list')], [text('Headphones')]] },
      heading('What Happens Next'),
      paragraph('A clinician will meet you at reception and explain the day.'),
    ])
    expect(post.warnings).toEqual(["3 short lines after a paragraph ending in ':' were read as a list (they had no bullet characters)."])
  })

  it('ends a sources section at a heading followed by prose, and keeps a short last line as a paragraph', () => {
    const post = parse('Title\n\nIntro text.\n\nSources:\nDoe J. A study title. Example J. 2020;1:1-2.\n\nAbout Our Clinic\n\nWe are a small team of clinicians who have worked together for many years.\n\nThanks for reading')
    expect(post.sources.map((source) => source.title)).toEqual(['A study title'])
    expect(outline(post.blocks)).toEqual(['paragraph', 'h2 About Our Clinic', 'paragraph', 'paragraph'])
  })
})

describe('plain text: sections end at furniture', () => {
  it('stops a sources section at removed furniture, so later content is body again', () => {
    const post = parsePost({ name: 'post.txt', text: 'Title\n\nIntro text.\n\nSources\n\nDoe J. A study title. Example J. 2020;1:1-2.\n\n12 views\n\nCall the clinic if you have questions about your next appointment.' })
    expect(post.sources.map((source) => source.title)).toEqual(['A study title'])
    expect(post.blocks).toEqual([paragraph('Intro text.'), paragraph('Call the clinic if you have questions about your next appointment.')])
    expect(post.removed).toEqual(['12 views'])
  })

  it('reads "Important" and "Medical disclaimer" headings as disclaimers', () => {
    const post = parsePost({ name: 'post.txt', text: 'Title\n\nBody text here.\n\nImportant\n\nThis page is not medical advice.\n\nMedical Disclaimer:\n\nAsk your clinician.' })
    expect(post.disclaimer).toBe('This page is not medical advice.\n\nAsk your clinician.')
    expect(post.blocks).toEqual([paragraph('Body text here.')])
  })
})
