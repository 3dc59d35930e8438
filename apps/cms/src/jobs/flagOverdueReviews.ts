import type { CollectionSlug, TaskConfig } from 'payload'

export const REVIEWED_COLLECTIONS: CollectionSlug[] = ['articles', 'conditions', 'contraindications', 'disclaimers', 'citations']

/**
 * Nightly: flags content whose next review date has passed (and clears the flag once it is renewed), so
 * editors can filter "Review overdue" in every list. Writes the flag only, straight to the database, so it
 * never creates a version or touches a pending draft.
 */
export const flagOverdueReviews: TaskConfig<{ input: object; output: { flagged: number } }> = {
  slug: 'flagOverdueReviews',
  schedule: [{ cron: '0 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const now = new Date().toISOString()
    let flagged = 0
    for (const collection of REVIEWED_COLLECTIONS) {
      const overdue = await req.payload.db.updateMany({
        collection,
        where: { and: [{ nextReviewDue: { less_than: now } }, { reviewOverdue: { not_equals: true } }] },
        data: { reviewOverdue: true },
        req,
      })
      flagged += overdue?.length ?? 0
      await req.payload.db.updateMany({
        collection,
        where: { and: [{ nextReviewDue: { greater_than_equal: now } }, { reviewOverdue: { equals: true } }] },
        data: { reviewOverdue: false },
        req,
      })
    }
    return { output: { flagged } }
  },
}
