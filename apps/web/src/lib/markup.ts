/** Small pure helpers for pages and documents the portal writes as text (feeds, plain error pages). */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text made safe inside XML or HTML, in element content and quoted attributes alike. */
export const escapeMarkup = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/** A page's `searchParams` object as URLSearchParams, repeated keys kept in order. */
export function searchParamsOf(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) for (const item of [value ?? []].flat()) params.append(key, item)
  return params
}
