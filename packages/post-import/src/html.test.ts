import { describe, expect, it } from 'vitest'

import { stripSiteSuffix } from './html'
import { parsePost } from './parse'
import { fixture } from './testing/fixtures'
import type { Block, Inline } from './types'

const text = (value: string, format: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text: value, ...format })
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children })
const html = (body: string, head = '') => parsePost({ name: 'post.html', text: `<!doctype html><html><head>${head}</head><body>${body}</body></html>` })

describe('HTML: a complete page', () => {
  const post = parsePost(fixture('html-full-page.html'))

  it('takes title and metadata from the head', () => {
    expect(post.format).toBe('html')
    expect(post.title).toBe('Ketamine and PTSD: What We Know So Far')
    // From the opening paragraph, not the meta description.
    expect(post.summary).toBe('Post-traumatic stress disorder (PTSD) can make daily life feel unsafe. Researchers are studying whether ketamine-assisted therapy could help some people when other treatments have not.')
    expect(post.metadata).toEqual({
      author: 'Dr. Lena Okafor',
      publishedAt: '2024-02-14',
      categories: ['PTSD', 'Research'],
      tags: [],
      canonicalUrl: 'https://riverbend.example/blog/ketamine-and-ptsd',
    })
  })

  it('reads the article body without the h1, page parts, share bar or comments', () => {
    expect(post.blocks).toEqual([
      paragraph(
        text('Post-traumatic stress disorder (PTSD) can make daily life feel unsafe. Researchers are studying whether '),
        text('ketamine-assisted therapy', { bold: true }),
        text(' could help some people when other treatments have not.'),
      ),
      { type: 'heading', level: 2, text: 'What the Studies Show' },
      paragraph(text('Early trials suggest symptoms may ease for a while in some participants. The studies were '), text('small', { italic: true }), text(', and longer follow-up is still needed.')),
      paragraph(text('Results also varied a lot between people.')),
      { type: 'heading', level: 3, text: 'Questions Still Open' },
      {
        type: 'list',
        ordered: false,
        items: [[text('How long any benefit lasts')], [text('Who is most likely to benefit')], [text('People with long-standing symptoms')], [text('People with other conditions as well')]],
      },
      paragraph(text('Ketamine is not a cure, but for some people it may open a window for therapy.')),
      { type: 'heading', level: 4, text: 'Common Side Effects' },
      paragraph(text('Effect – How long it usually lasts')),
      paragraph(text('Feeling detached – An hour or two')),
      paragraph(
        text('Read our '),
        { type: 'link', url: 'https://riverbend.example/guides/first-session', text: 'guide to the first session' },
        text(', email '),
        { type: 'link', url: 'mailto:care@riverbend.example', text: 'our care team' },
        text(', or see the '),
        { type: 'link', url: 'https://www.example.org/ptsd', text: 'national PTSD resource' },
        text('. Click here for a surprise.'),
      ),
    ])
    // Page parts dropped from the markup are listed too, each as one line.
    expect(post.removed).toEqual(['By Dr. Lena Okafor · February 14, 2024', 'Facebook X', 'Comments Be the first to comment.'])
  })

  it('reads the sources list with link addresses, and the "Disclaimer:" paragraph after it', () => {
    expect(post.sources).toEqual([
      {
        raw: 'Hartley A, Costa S, Reed SB, et al. A randomized trial of repeated ketamine sessions for chronic PTSD. Example J Trauma Res. 2021;17(2):193-202. doi:10.5555/ejtr.2021.0596',
        title: 'A randomized trial of repeated ketamine sessions for chronic PTSD',
        doi: '10.5555/ejtr.2021.0596',
        pmid: null,
        url: 'https://doi.org/10.5555/ejtr.2021.0596',
        authors: 'Hartley A, Costa S, Reed SB, et al',
        journal: 'Example J Trauma Res',
        year: 2021,
      },
      {
        raw: 'Ketamine for PTSD: a plain-language summary (view article)',
        title: 'Ketamine for PTSD: a plain-language summary',
        doi: null,
        pmid: '99000002',
        url: 'https://pubmed.ncbi.nlm.nih.gov/99000002/',
        authors: null,
        journal: null,
        year: null,
      },
    ])
    expect(post.disclaimer).toBe('This post is for education only and is not medical advice.')
  })

  it('warns about what it could not import', () => {
    expect(post.warnings).toEqual([
      'Link with unsafe address dropped: javascript:alert(1)',
      '1 image was not imported.',
      '1 embedded video or frame was not imported.',
      '1 table was turned into one paragraph per row.',
      'Nested lists were flattened into one level.',
    ])
  })
})

describe('HTML: a pasted fragment with page furniture in divs', () => {
  const post = parsePost(fixture('html-fragment-wix.html'))

  it('reads the byline from divs and removes counters and other posts', () => {
    expect(post.title).toBe('Integration After a Ketamine Session')
    expect(post.metadata).toEqual({ author: 'Sam Whitlow', publishedAt: '2023-08-08', categories: [], tags: [], canonicalUrl: null })
    expect(post.removed).toEqual([
      'Sam Whitlow',
      'Aug 8, 2023',
      '3 min read',
      'Share this post',
      '24 views2 comments',
      'Recent Posts',
      'See All',
      'Choosing a Ketamine Clinic',
      'Music During Sessions',
    ])
  })

  it('turns bold one-line paragraphs into headings and drops relative links without a base', () => {
    expect(post.blocks).toEqual([
      paragraph(text('Integration is the work of making sense of what you noticed during a session and bringing it into everyday life.')),
      { type: 'heading', level: 2, text: 'Why Integration Matters' },
      paragraph(text('Insights can fade quickly. Talking them through with a therapist helps you decide what, if anything, you want to change.')),
      { type: 'heading', level: 2, text: 'Simple Ways to Start' },
      { type: 'list', ordered: false, items: [[text('Write a few lines in a journal the same evening')], [text('Take a short walk without your phone')]] },
      paragraph(text('See our integration workbook for more ideas.')),
    ])
    expect(post.warnings).toEqual(['Relative link dropped (no canonical address to resolve it against): /integration-workbook'])
  })
})

describe('HTML: title only in <title>, <main>, "Medical Disclaimer" heading', () => {
  const post = parsePost(fixture('html-title-only.html'))

  it('strips the site name from <title> and reads <main>', () => {
    expect(post.title).toBe('Ketamine Nasal Spray Explained')
    expect(post.blocks.map((block) => (block.type === 'heading' ? block.text : block.type))).toEqual(['paragraph', 'How It Is Given', 'paragraph'])
    expect(post.disclaimer).toBe('Nothing on this page is medical advice. Decisions about treatment belong with you and your clinician.\n\nIf you are in crisis, contact your local emergency number.')
    expect(post.warnings).toEqual(['1 embedded video or frame was not imported.'])
  })
})

describe('HTML: details', () => {
  it('prefers og:title, then h1, then <title>', () => {
    expect(html('<h1>Heading One</h1><p>Text.</p>', '<title>Doc | Site</title><meta property="og:title" content="Open Graph Title">').title).toBe('Open Graph Title')
    expect(html('<h1>Heading One</h1><p>Text.</p>', '<title>Doc | Site</title>').title).toBe('Heading One')
    expect(html('<p>Text.</p>', '<title>Doc Title | Site</title>').title).toBe('Doc Title')
  })

  it('maps heading levels: a second h1 and h2 to 2, h3 to 3, h4-h6 to 4', () => {
    const post = html('<h1>Title</h1><p>a</p><h1>Also</h1><h2>Two</h2><h3>Three</h3><h5>Five</h5><h6>Six</h6>')
    expect(post.blocks.filter((block) => block.type === 'heading')).toEqual([
      { type: 'heading', level: 2, text: 'Also' },
      { type: 'heading', level: 2, text: 'Two' },
      { type: 'heading', level: 3, text: 'Three' },
      { type: 'heading', level: 4, text: 'Five' },
      { type: 'heading', level: 4, text: 'Six' },
    ])
  })

  it('drops scripts, forms, buttons, hidden parts and elements marked as share, related or breadcrumb', () => {
    const post = html(
      '<h1>T</h1><p>Kept.</p><script>alert(1)</script><form><p>Your e-mail</p></form><button>Book</button><div hidden>Hidden</div><div style="display:none">Gone</div><div class="related-posts"><p>Other</p></div><div id="breadcrumb">Home</div><div class="shareButtons">Share</div><nav>Menu</nav>',
    )
    expect(post.blocks).toEqual([paragraph(text('Kept.'))])
  })

  it('resolves relative links against the canonical address and counts images', () => {
    const post = html('<h1>T</h1><p><a href="../about"><img src="a.png"></a> <a href="/care">Care team</a> <img src="b.png"></p><picture><img src="c.png"></picture>', '<link rel="canonical" href="https://clinic.example/blog/post">')
    expect(post.blocks).toEqual([paragraph({ type: 'link', url: 'https://clinic.example/care', text: 'Care team' })])
    expect(post.warnings).toEqual(['3 images were not imported.'])
  })

  it('strips site-name suffixes only when they are clearly suffixes', () => {
    expect(stripSiteSuffix('Ketamine – What to Expect', null)).toBe('Ketamine – What to Expect')
    expect(stripSiteSuffix('Ketamine Therapy Explained – Calm Clinic', null)).toBe('Ketamine Therapy Explained')
    expect(stripSiteSuffix('Ketamine: A Guide | Riverbend', null)).toBe('Ketamine: A Guide')
    expect(stripSiteSuffix('What to Expect - Riverbend Clinic of Psychiatry and Care', 'Riverbend Clinic of Psychiatry and Care')).toBe('What to Expect')
  })
})

describe('HTML: sections end at furniture', () => {
  it('stops a sources list at furniture in divs', () => {
    const post = html('<h1>T</h1><p>Body.</p><h2>References</h2><p>Doe J. A study title. Example J. 2020;1:1-2.</p><div>Share this post</div><p>Our team is glad to talk it through with you.</p><p>Book a consultation with our team.</p>')
    expect(post.sources.map((source) => source.title)).toEqual(['A study title'])
    // A booking prompt is page furniture, like the share line before it.
    expect(post.blocks).toEqual([paragraph(text('Body.')), paragraph(text('Our team is glad to talk it through with you.'))])
    expect(post.removed).toEqual(['Share this post', 'Book a consultation with our team.'])
  })
})
