import { describe, expect, it } from 'vitest'

import { computeSourceKey } from './keys'
import { autoParagraphs, parseWxr } from './wxr'

const NAMESPACES =
  'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"'

const item = (fields: string) => `<item>${fields}</item>`
const wxr = (...items: string[]) => `<?xml version="1.0"?><rss version="2.0" ${NAMESPACES}><channel><title>Clinic</title><link>https://clinic.example</link>${items.join('')}</channel></rss>`

describe('parseWxr', () => {
  it('reads a post with its export metadata, excerpt, images and a key from its address', () => {
    const result = parseWxr(
      wxr(
        item(`<title>2024</title><link>https://clinic.example/2024/</link><dc:creator>sam@clinic.example</dc:creator><wp:post_id>7</wp:post_id>
          <wp:post_name>007</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><pubDate>Sat, 06 Jan 2024 10:00:00 +0000</pubDate>
          <excerpt:encoded><![CDATA[A short look back at the year.]]></excerpt:encoded>
          <content:encoded><![CDATA[<p>Our year in review.</p><img src="https://clinic.example/a.jpg"><img src="https://clinic.example/b.jpg" alt="">]]></content:encoded>`),
        item(`<title>a</title><wp:post_id>8</wp:post_id><wp:post_parent>7</wp:post_parent><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://clinic.example/a.jpg</wp:attachment_url>
          <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>The clinic garden</wp:meta_value></wp:postmeta>`),
      ),
    )
    expect(result.site).toEqual({ title: 'Clinic', link: 'https://clinic.example' })
    const [post] = result.posts
    // Values stay strings: a title "2024" or slug "007" is not a number.
    expect(post?.item).toMatchObject({ id: '7', title: '2024', slug: '007', author: null, authorEmail: 'sam@clinic.example', publishedAt: '2024-01-06' })
    expect(post?.item.images).toEqual([
      { url: 'https://clinic.example/a.jpg', alt: 'The clinic garden' },
      { url: 'https://clinic.example/b.jpg', alt: '' },
    ])
    expect(post?.parsed).toMatchObject({ title: '2024', titleNeeded: false, summary: 'A short look back at the year.', sourceKey: computeSourceKey('https://clinic.example/2024/', '2024') })
    expect(result.attachments).toEqual([{ id: '8', parentId: '7', url: 'https://clinic.example/a.jpg', title: 'a', alt: 'The clinic garden' }])
    expect(result.skipped).toEqual({ pages: 0, attachments: 1, drafts: 0, other: 0 })
  })

  it('lists every skipped item with its reason; scheduled, private and pending posts count as drafts', () => {
    const result = parseWxr(
      wxr(
        ...['future', 'private', 'pending', 'trash'].map((status) => item(`<title>${status}</title><wp:post_type>post</wp:post_type><wp:status>${status}</wp:status>`)),
        item('<title>Home</title><wp:post_type>page</wp:post_type><wp:status>publish</wp:status>'),
        item('<title>Block</title><wp:post_type>wp_block</wp:post_type><wp:status>publish</wp:status>'),
      ),
    )
    expect(result.posts).toEqual([])
    expect(result.skipped).toEqual({ pages: 1, attachments: 0, drafts: 4, other: 1 })
    expect(result.skippedItems.map((skipped) => `${skipped.title}:${skipped.reason}`)).toEqual(['future:draft', 'private:draft', 'pending:draft', 'trash:draft', 'Home:page', 'Block:other'])
  })

  it('never throws: broken XML, other XML and an empty export give a warning', () => {
    expect(parseWxr('<rss><channel><item></channel>').warnings[0]).toMatch(/^The export is not well-formed XML/)
    expect(parseWxr('<?xml version="1.0"?><feed><entry/></feed>').warnings).toEqual(['The file is XML but not a WordPress export (no <rss><channel>); nothing was imported from it.'])
    expect(parseWxr(wxr()).warnings).toEqual(['The export has no items.'])
    expect(parseWxr(undefined as unknown as string).warnings).toEqual(['The export is empty.'])
  })
})

describe('autoParagraphs', () => {
  it('wraps the blank-line paragraphs of classic-editor posts, leaving block elements and marked-up posts alone', () => {
    expect(autoParagraphs('One line.\n\n<h2>Heading</h2>\n\nTwo\nlines.')).toBe('<p>One line.</p>\n<h2>Heading</h2>\n<p>Two\nlines.</p>')
    expect(autoParagraphs('<p>Already.</p>\n\nLoose text.')).toBe('<p>Already.</p>\n\nLoose text.')
  })
})
