import type { ExportSummary, ImportReport } from './importPosts'
import { describeReadability } from './readability'

const ACTIONS: Record<string, string> = {
  created: 'Created draft',
  updated: 'Updated draft',
  unchanged: 'Unchanged (already imported)',
  'new-draft-of-published': 'New draft version (the published article is unchanged)',
  'would-create': 'Would create draft',
  'would-update': 'Would update draft',
  skipped: 'Left out',
}

const SHOWN_REMOVED = 5

function postLines(report: Extract<ImportReport, { ok: true }>): string[] {
  const proposed = report.conditionFindings.filter((finding) => !finding.linked)
  const lines = [
    `✓ ${report.file} (${report.format}): ${ACTIONS[report.action] ?? report.action}${report.articleId ? ` #${report.articleId}` : ''}`,
    `  Title:       ${report.title}`,
  ]
  if (report.titleNeeded) lines.push(`  ! No title found.${report.titleSuggestions.length ? ` Suggestions: ${report.titleSuggestions.join(' | ')}` : ''}`)
  lines.push(
    `  Slug:        ${report.slug}`,
    `  Conditions:  ${report.conditionFindings.filter((finding) => finding.linked).map((finding) => `${finding.name}${finding.evidence ? ` (“${finding.evidence}”)` : ''}`).join(', ') || 'none found'}`,
  )
  if (proposed.length) lines.push(`  Proposed:    ${proposed.map((finding) => `${finding.name} (“${finding.evidence}”, weak: not linked)`).join(', ')}`)
  lines.push(
    `  Structure:   ${report.headings.length} headings, ${report.paragraphs} paragraphs, ${report.lists} lists; ${describeReadability(report.readability)}${report.language === 'es' ? ' · Spanish: imported as the Spanish text' : ''}`,
    `  Sources:     ${report.sources.length ? report.sources.map((s) => `${s.title.slice(0, 60)} [${s.match}]`).join('; ') : 'none'}`,
    `  Disclaimer:  ${report.disclaimerFound ? 'found and kept out of the body' : 'none found'}`,
  )
  if (report.author.original) lines.push(`  Author:      ${report.author.original}${report.author.userName ? ` → account ${report.author.userName}` : ' (no matching account: kept as the original author)'}`)
  const { publishedAt, categories, tags } = report.metadata
  if (publishedAt || categories.length || tags.length) lines.push(`  Metadata:    ${[publishedAt, [...categories, ...tags].join(', ')].filter(Boolean).join(' · ')}`)
  if (report.originalUrl) lines.push(`  Old address: ${report.originalUrl} (redirected once published)`)
  if (report.images.length) lines.push(`  Images:      ${report.images.map((image) => `${image.url} [${image.alt ? `alt: ${image.alt}` : 'no alt text'}]`).join('; ')}`)
  if (report.removed.length) {
    const shown = report.removed.slice(0, SHOWN_REMOVED).map((line) => `“${line.slice(0, 60)}”`)
    lines.push(`  Removed:     ${report.removed.length} lines of page furniture: ${shown.join(', ')}${report.removed.length > SHOWN_REMOVED ? ', …' : ''}`)
  }
  if (report.splits.length) lines.push(`  Split words: ${report.splits.join('; ')}`)
  for (const warning of report.warnings) lines.push(`  ! ${warning}`)
  return lines
}

function exportLines(summary: ExportSummary): string[] {
  const { pages, attachments, drafts, other } = summary.skipped
  return [
    `Export ${summary.file}${summary.site.title ? ` (${summary.site.title})` : ''}: ${summary.posts} published posts; skipped ${pages} pages, ${attachments} attachments, ${drafts} unpublished posts, ${other} other items`,
    ...summary.warnings.map((warning) => `  ! ${warning}`),
  ]
}

/** The import report as plain text: each export's summary, then one block per post. */
export function formatReport(reports: ImportReport[], exports: ExportSummary[] = []): string {
  return [
    ...exports.map((summary) => exportLines(summary).join('\n')),
    ...reports.map((report) => (report.ok ? postLines(report).join('\n') : `✗ ${report.file}\n  ${report.error}`)),
  ].join('\n\n')
}
