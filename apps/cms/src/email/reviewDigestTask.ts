import type { CollectionSlug, TaskConfig, TaskHandler } from 'payload'

import { sendReviewDigest } from './reviewDigest'

type Input = { digest?: boolean }
type ReviewTask = TaskConfig<{ input: object; output: { flagged: number } }>
type BeforeSchedule = NonNullable<NonNullable<NonNullable<ReviewTask['schedule']>[number]['hooks']>['beforeSchedule']>

/** The weekly run asks for the digest (Payload's default checks still apply: one such job at a time). */
const withDigest: BeforeSchedule = async (args) => ({ ...(await args.defaultBeforeSchedule(args)), input: { digest: true } satisfies Input })

/**
 * Adds the weekly review digest to the task that refreshes the review-due flags: Monday 06:00, on a
 * queue of its own (Payload keeps one schedule's last run per queue and task), the task's own work first
 * so the digest reads fresh flags, then the mails (reviewDigest.ts). The same task rather than a new one,
 * since each task's name is part of the jobs table's schema.
 */
export function withWeeklyReviewDigest(task: ReviewTask, collections: readonly CollectionSlug[]): ReviewTask {
  const handler = task.handler as TaskHandler<{ input: object; output: { flagged: number } }>
  return {
    ...task,
    schedule: [...(task.schedule ?? []), { cron: '0 6 * * 1', queue: 'weekly', hooks: { beforeSchedule: withDigest } }],
    handler: async (args) => {
      const result = await handler(args)
      if (!(args.input as Input | undefined)?.digest) return result
      const { documents, mailed } = await sendReviewDigest(args.req, collections)
      args.req.payload.logger.info(`Review digest: ${mailed} mail(s) about ${documents} document(s) due for review.`)
      return result
    },
  }
}
