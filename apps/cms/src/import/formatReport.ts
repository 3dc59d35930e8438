import type { ImportReport } from './importPosts'

const ACTIONS: Record<string, string> = {
  created: 'Created draft',
  updated: 'Updated draft',
  unchanged: 'Unchanged (already imported)',
  'new-draft-of-published': 'New draft version (the published article is unchanged)',
  'would-create': 'Would create draft',
  'would-update': 'Would update draft',
}

/** The import report as plain text, one block per file. */
export function formatReport(reports: ImportReport[]): string {
  return reports
    .map((report) => {
      if (!report.ok) return `✗ ${report.file}\n  ${report.error}`
      const lines = [
        `✓ ${report.file} (${report.format}): ${ACTIONS[report.action] ?? report.action}${report.articleId ? ` #${report.articleId}` : ''}`,
        `  Title:       ${report.title}`,
        `  Slug:        ${report.slug}`,
        `  Conditions:  ${report.conditions.join(', ') || 'none found'}`,
        `  Structure:   ${report.headings.length} headings, ${report.paragraphs} paragraphs, ${report.lists} lists`,
        `  Sources:     ${report.sources.length ? report.sources.map((s) => `${s.title.slice(0, 60)} [${s.match}]`).join('; ') : 'none'}`,
        `  Disclaimer:  ${report.disclaimerFound ? 'found and kept out of the body' : 'none found'}`,
      ]
      if (report.metadata.author || report.metadata.publishedAt || report.metadata.categories.length) {
        lines.push(`  Metadata:    ${[report.metadata.author, report.metadata.publishedAt, report.metadata.categories.join(', ')].filter(Boolean).join(' · ')}`)
      }
      if (report.removed.length) lines.push(`  Removed:     ${report.removed.length} lines of page furniture`)
      if (report.splits.length) lines.push(`  Split words: ${report.splits.join('; ')}`)
      for (const warning of report.warnings) lines.push(`  ! ${warning}`)
      return lines.join('\n')
    })
    .join('\n\n')
}
