/**
 * Plain, short mails: a few paragraphs, an optional quoted note and list, and links written out, in one
 * layout that reads well in any client, with or without images and styles, and with a screen reader.
 * The HTML is the one source; the plain-text part is derived from it (`htmlToText`) for every mail sent.
 */
export type MailLink = { label: string; url: string }
export type MailListItem = MailLink & { detail?: string }

export type MailContent = {
  subject: string
  paragraphs: string[]
  /** A staff note quoted in the body (never in the subject). */
  note?: { by: string; text: string }
  /** Headed lists of linked lines, e.g. a digest's documents. */
  lists?: { heading: string; items: MailListItem[] }[]
  links: MailLink[]
  /** Why the recipient gets this mail. */
  footer: string
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** One date format, with the year: "1 December 2026". */
export const formatDate = (value: string | Date) => DATE.format(new Date(value))

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const P = 'margin:0 0 16px'
const A = 'color:#0b57d0;text-decoration:underline'

const paragraph = (text: string, style = P) => `<p style="${style}">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`
const link = ({ label, url }: MailLink) => `<a href="${escapeHtml(url)}" style="${A}">${escapeHtml(label)}</a>`

export function renderMail(content: MailContent): { subject: string; html: string } {
  const body = [
    ...content.paragraphs.map((text) => paragraph(text)),
    content.note &&
      `<p style="margin:0 0 4px">${escapeHtml(content.note.by)} wrote:</p>` +
        `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #555;background:#f3f3f3">${paragraph(content.note.text, 'margin:0')}</blockquote>`,
    ...(content.lists ?? []).map(
      ({ heading, items }) =>
        `<h2 style="margin:0 0 8px;font-size:17px">${escapeHtml(heading)}</h2>` +
        `<ul style="margin:0 0 16px;padding-left:24px">${items
          .map((item) => `<li style="margin:0 0 4px">${link(item)}${item.detail ? ` (${escapeHtml(item.detail)})` : ''}</li>`)
          .join('')}</ul>`,
    ),
    ...content.links.map((item) => `<p style="${P}">${link(item)}</p>`),
    `<hr style="border:0;border-top:1px solid #ccc;margin:24px 0 12px">`,
    `<p style="margin:0;font-size:14px;color:#444">${escapeHtml(content.footer)}</p>`,
  ].filter(Boolean)
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="margin:0;padding:16px;background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">` +
    `<div style="max-width:600px">${body.join('')}</div></body></html>`
  return { subject: content.subject, html }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)

/** Lines of text from HTML, entities still encoded (so text like "<2019>" is never taken for a tag). */
function lines(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, url: string, label: string) => {
      const text = label.replace(/<[^>]+>/g, '').trim()
      return text && text !== url ? `${text}: ${url}` : url
    })
    .replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi, (_, inner: string) =>
      `${lines(inner)
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n')}\n\n`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<hr[^>]*>/gi, '\n--\n')
    .replace(/<\/(p|li|h[1-6]|ul|ol|div)>/gi, (_, tag: string) => (tag === 'li' ? '\n' : '\n\n'))
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * The plain-text part of a mail from its HTML (the layout above, or any simple HTML): links as
 * "label: URL", list items as "- ", a quoted note as "> " lines, paragraphs apart.
 */
export const htmlToText = (html: string): string => decode(lines(html))
