/**
 * A static page padded to about REFERENCE_HTML_BYTES of HTML (set by `pnpm bench` at build time to
 * the size of the condition page it compares with). Next repeats text in its inline page data, so
 * about half the bytes are text.
 */
const SENTENCE = 'Plain text that stands in for a reader page of the same size, served from the build output. '

export default function ReferencePage() {
  const bytes = Number(process.env.REFERENCE_HTML_BYTES ?? 40_000)
  const paragraphs = Math.max(1, Math.round(bytes / 2 / (SENTENCE.length * 8)))
  return (
    <main>
      <h1>Reference page</h1>
      {Array.from({ length: paragraphs }, (_, index) => (
        <p key={index}>{SENTENCE.repeat(8)}</p>
      ))}
    </main>
  )
}
