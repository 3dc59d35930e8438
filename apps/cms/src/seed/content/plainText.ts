/** The reader's text of the seed's Markdown (see ./types.ts): no markers, callout tags or `**`, links as their text. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^>\s?/, '')
        .replace(/^\[!(info|warning|crisis)\]\s*/, '')
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*(-|\d+\.)\s+/, '')
        .replace(/\[@[^\]]+\]/g, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/\*\*/g, ''),
    )
    .join('\n')
}
