import { createHash, timingSafeEqual } from 'node:crypto'

export type RevalidationRequest = { tags: string[]; paths: string[] }

const MAX_ITEMS = 200
const TAG_PATTERN = /^[\w:.-]{1,256}$/
const PATH_PATTERN = /^\/[\w\-./[\]]{0,512}$/

/** Constant-time comparison of the shared secret, so its length or prefix cannot be probed. */
export function secretMatches(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/** Validates the body sent by the CMS hooks: `{ tags?: string[], paths?: string[] }`. */
export function parseRevalidationRequest(body: unknown): RevalidationRequest | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'Body must be a JSON object.' }
  const { tags = [], paths = [] } = body as Record<string, unknown>
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && TAG_PATTERN.test(tag))) {
    return { error: 'tags must be an array of tag names (letters, digits, : . _ -).' }
  }
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && PATH_PATTERN.test(p))) {
    return { error: 'paths must be an array of absolute paths.' }
  }
  if (tags.length + paths.length === 0) return { error: 'Nothing to revalidate: give tags or paths.' }
  if (tags.length + paths.length > MAX_ITEMS) return { error: `At most ${MAX_ITEMS} tags and paths per call.` }
  return { tags: [...new Set(tags as string[])], paths: [...new Set(paths as string[])] }
}
