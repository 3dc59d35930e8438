import type { PostLanguage } from './language'

/** Public types of the importer. Everything here is plain data so it can cross a server/client boundary. */

/** Larger files are rejected by `decodeSource`; `parsePost` also stops reading after this many characters. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export type ImportFormat = 'text' | 'html' | 'markdown'

export type Inline = { type: 'text'; text: string; bold?: boolean; italic?: boolean } | { type: 'link'; url: string; text: string }

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  /** The importer's note to the editor at this point of the body (e.g. a list that was lost); not the post's words. */
  | { type: 'note'; text: string }

export interface SourceEntry {
  /** The entry as it stood in the post, whitespace collapsed. */
  raw: string
  title: string | null
  doi: string | null
  pmid: string | null
  url: string | null
  authors: string | null
  journal: string | null
  year: number | null
}

export interface PostMetadata {
  author: string | null
  /** ISO date, yyyy-mm-dd. */
  publishedAt: string | null
  categories: string[]
  /** Tags kept apart from categories (WordPress exports); text, HTML and Markdown put tag lines in `categories`. */
  tags: string[]
  canonicalUrl: string | null
}

export interface ParsedPost {
  format: ImportFormat
  /** The post's language, from its text: a Spanish post becomes the Spanish text of its draft. */
  language: PostLanguage
  /** Never empty: without a title in the post it is made from the file name, and `titleNeeded` is true. */
  title: string
  /** No title was found in the post: the draft needs one from the editor (see `titleSuggestions`). */
  titleNeeded: boolean
  /** When `titleNeeded`: candidates from the post (its first headings, its opening sentence), best first; else empty. */
  titleSuggestions: string[]
  /** Opening paragraph (or the summary the file declares), at most 300 characters, cut at a sentence or word boundary. */
  summary: string | null
  /** The body: no title, sources, disclaimer, page furniture or metadata lines. */
  blocks: Block[]
  /** The body as CommonMark, rendered from `blocks`. */
  markdown: string
  sources: SourceEntry[]
  disclaimer: string | null
  metadata: PostMetadata
  /** Page furniture lines removed, in order, for the import report. */
  removed: string[]
  /** Run-together words that were split, e.g. "PsychiatryFollow → Psychiatry Follow". */
  splits: string[]
  /** Plain-English notes for the editor. */
  warnings: string[]
  /** Stable identity of the post: sha256 hex of the canonical URL, else of the normalised title. */
  sourceKey: string
  /** sha256 hex of the normalised parsed content: equal when the same content is imported again. */
  contentHash: string
}

export type DecodeResult = { ok: true; text: string; format: ImportFormat } | { ok: false; error: string }
