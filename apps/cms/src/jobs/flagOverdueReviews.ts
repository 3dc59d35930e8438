import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, TaskConfig } from 'payload'

import { REVIEW_DUE_SOON_DAYS } from '../workflow/rules'

export const REVIEWED_COLLECTIONS: CollectionSlug[] = ['articles', 'conditions', 'contraindications', 'disclaimers', 'citations']

type Execute = { execute: (query: unknown) => Promise<{ rowCount?: number | null }> }

/**
 * Nightly: flags content whose next review date has passed or comes within REVIEW_DUE_SOON_DAYS (and
 * clears the flags once it is renewed), so editors can filter "Review overdue" and "Review due within 30
 * days" in every list. The same rule as a save (reviewDueFlags in workflow/rules.ts), in one statement per
 * table: on the live documents and on each document's latest version, which is what the admin's lists
 * read. Writes the flags only, straight to the database, so it never creates a version or touches a
 * pending draft.
 */
export const flagOverdueReviews: TaskConfig<{ input: object; output: { flagged: number } }> = {
  slug: 'flagOverdueReviews',
  schedule: [{ cron: '0 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const now = new Date()
    const soon = new Date(now.getTime() + REVIEW_DUE_SOON_DAYS * 24 * 60 * 60 * 1000)
    const db = (req.payload.db as unknown as { drizzle: Execute }).drizzle
    let flagged = 0
    for (const collection of REVIEWED_COLLECTIONS) {
      for (const [table, prefix, latestOnly] of [
        [collection, '', false],
        [`_${collection}_v`, 'version_', true],
      ] as const) {
        const due = sql.identifier(`${prefix}next_review_due`)
        const overdue = sql.identifier(`${prefix}review_overdue`)
        const dueSoon = sql.identifier(`${prefix}review_due_soon`)
        const isOverdue = sql`coalesce(${due} < ${now.toISOString()}::timestamptz, false)`
        const isDueSoon = sql`coalesce(${due} >= ${now.toISOString()}::timestamptz AND ${due} < ${soon.toISOString()}::timestamptz, false)`
        const result = await db.execute(sql`
          UPDATE ${sql.identifier(table)} SET ${overdue} = ${isOverdue}, ${dueSoon} = ${isDueSoon}
          WHERE (${overdue} IS DISTINCT FROM ${isOverdue} OR ${dueSoon} IS DISTINCT FROM ${isDueSoon})
          ${latestOnly ? sql`AND "latest" = true` : sql``}`)
        if (!latestOnly) flagged += result.rowCount ?? 0
      }
    }
    return { output: { flagged } }
  },
}
