import { DEFAULT_LOCALE, documentPath, isRoutedCollection, localeOfPath, localizedPath, type Locale } from '@kat/contract'
import { isSafeLinkUrl } from '@kat/domain'
import Link from 'next/link'
import type React from 'react'

import { translator } from '@/i18n'

/**
 * Renders the CMS's Lexical rich text as plain server-side React: no client JavaScript, no raw HTML,
 * links checked again (only http(s), mail, phone and site paths survive), citation markers numbered
 * from the document's reference list.
 */
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  checked?: boolean
  fields?: Record<string, unknown>
}

export type RichTextProps = {
  content: { root: { children: LexicalNode[] } } | null | undefined
  /** Citation id → its number in the page's reference list. */
  citationNumbers?: Map<number | string, number>
  className?: string
  /** The page's language: links to the site's own pages go to that language's page. */
  locale?: Locale
}

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 }

function Text({ node }: { node: LexicalNode }) {
  const format = typeof node.format === 'number' ? node.format : 0
  let out: React.ReactNode = node.text ?? ''
  if (format & FORMAT.code) out = <code>{out}</code>
  if (format & FORMAT.bold) out = <strong>{out}</strong>
  if (format & FORMAT.italic) out = <em>{out}</em>
  if (format & FORMAT.underline) out = <u>{out}</u>
  if (format & FORMAT.strikethrough) out = <s>{out}</s>
  if (format & FORMAT.subscript) out = <sub>{out}</sub>
  if (format & FORMAT.superscript) out = <sup>{out}</sup>
  return <>{out}</>
}

function linkTarget(fields: Record<string, unknown> | undefined): string | undefined {
  if (!fields) return undefined
  if (fields.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: string; value?: { slug?: string } | number } | undefined
    const slug = typeof doc?.value === 'object' ? doc.value?.slug : undefined
    return doc?.relationTo && isRoutedCollection(doc.relationTo) && slug ? documentPath(doc.relationTo, slug) : undefined
  }
  const url = typeof fields.url === 'string' ? fields.url.trim() : ''
  return url && isSafeLinkUrl(url) ? url : undefined
}

const CALLOUT_STYLES = {
  info: 'border-sky-700 bg-sky-50',
  warning: 'border-amber-700 bg-amber-50',
  crisis: 'border-red-700 bg-red-50',
} as const

type CalloutVariant = keyof typeof CALLOUT_STYLES

/** A site path in the page's language; editors write them in English (`/conditions/<slug>`). */
const sitePath = (href: string, locale: Locale) => (localeOfPath(href) === DEFAULT_LOCALE && !href.startsWith('/api/') ? localizedPath(href, locale) : href)

type NodeProps = { node: LexicalNode; citationNumbers: Map<number | string, number>; locale: Locale }

function Node({ node, citationNumbers, locale }: NodeProps): React.ReactNode {
  const children = node.children?.map((child, index) => <Node key={index} node={child} citationNumbers={citationNumbers} locale={locale} />)
  switch (node.type) {
    case 'text':
      return <Text node={node} />
    case 'linebreak':
      return <br />
    case 'tab':
      return ' '
    case 'paragraph':
      return <p>{children}</p>
    case 'heading': {
      const level = Math.min(Math.max(Number(String(node.tag ?? 'h2').slice(1)) || 2, 2), 4)
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4'
      return <Tag>{children}</Tag>
    }
    case 'list':
      return node.listType === 'number' ? <ol>{children}</ol> : <ul>{children}</ul>
    case 'listitem':
      return <li>{children}</li>
    case 'quote':
      return <blockquote>{children}</blockquote>
    case 'horizontalrule':
      return <hr />
    case 'link':
    case 'autolink': {
      const href = linkTarget(node.fields)
      if (!href) return <>{children}</>
      if (href.startsWith('/')) return <Link href={sitePath(href, locale)}>{children}</Link>
      return (
        <a href={href} rel="noopener noreferrer" {...(node.fields?.newTab ? { target: '_blank' } : {})}>
          {children}
        </a>
      )
    }
    case 'block': {
      const fields = node.fields ?? {}
      if (fields.blockType !== 'callout') return null
      const variant: CalloutVariant = String(fields.variant) in CALLOUT_STYLES ? (String(fields.variant) as CalloutVariant) : 'info'
      return (
        <aside className={`not-prose my-6 rounded-md border-l-4 p-4 ${CALLOUT_STYLES[variant]}`} data-callout={String(fields.variant)}>
          <p className="font-semibold">{typeof fields.title === 'string' && fields.title ? fields.title : translator(locale, 'Callout')(variant)}</p>
          {String(fields.text ?? '')
            .split(/\n{2,}/)
            .map((paragraph, index) => (
              <p key={index} className="mt-1">
                {paragraph}
              </p>
            ))}
        </aside>
      )
    }
    case 'inlineBlock': {
      const fields = node.fields ?? {}
      if (fields.blockType !== 'citationReference') return null
      const citation = fields.citation as number | { id: number } | undefined
      const id = typeof citation === 'object' ? citation?.id : citation
      const number = id !== undefined ? citationNumbers.get(id) : undefined
      if (!number) return null
      return (
        <sup className="citation-marker">
          <a href={`#ref-${number}`} aria-label={translator(locale, 'References')('marker', { number })}>
            {`[${number}]`}
          </a>
        </sup>
      )
    }
    default:
      return children ? <>{children}</> : null
  }
}

export function RichText({ content, citationNumbers = new Map(), className, locale = DEFAULT_LOCALE }: RichTextProps) {
  if (!content?.root?.children?.length) return null
  return (
    <div className={className ?? 'prose-content'}>
      {content.root.children.map((node, index) => (
        <Node key={index} node={node} citationNumbers={citationNumbers} locale={locale} />
      ))}
    </div>
  )
}
