import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * The one comparison of shared secrets and signatures (revalidation secret, preview secret, preview
 * link tokens), in constant time: both sides are hashed first, so neither the length nor a matching
 * prefix can be probed. A missing or empty value never matches. Server-only (node:crypto), hence its
 * own export path.
 */
export function secretsMatch(expected: string | null | undefined, given: string | null | undefined): boolean {
  if (!expected || !given) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(expected), digest(given))
}
