import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, Plugin } from 'payload'

/**
 * Key of the PostgreSQL advisory lock that every CMS instance takes around scheduling and running jobs
 * (a bigint no other part of the platform locks: the bytes of "katjobs"; a string, as it is past 2^53).
 */
export const JOBS_LOCK_KEY = '30224975137825395'

/**
 * Runs `work` while this instance holds the jobs lock, waiting for another instance to finish first.
 * The lock lives on one pooled connection: when the instance or the connection dies, PostgreSQL lets
 * it go, so a crashed instance never blocks the others.
 */
export async function whileHoldingJobsLock<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const client = await (payload.db as unknown as PostgresAdapter).pool.connect()
  // Only a connection known to have let the lock go goes back to the pool; any other is closed.
  let unlocked = false
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [JOBS_LOCK_KEY])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [JOBS_LOCK_KEY]).then(
        () => (unlocked = true),
        () => undefined,
      )
    }
  } finally {
    client.release(!unlocked)
  }
}

/**
 * Several CMS instances on one database run each job once. Payload's runner claims due jobs by reading
 * them and then marking them as processing, in two statements and without a row lock, and its scheduler
 * reads when a schedule last ran before queueing the next run: two instances whose crons fire together
 * can both claim one job (a scheduled publish done twice) or queue one schedule twice. Every instance's
 * `payload.jobs.run` and `payload.jobs.handleSchedules` (what the autoRun crons call) therefore run under
 * one cluster-wide lock: the second instance waits, then finds the jobs done and the schedule queued.
 */
export const oneJobRunnerAtATime: Plugin = (config) => ({
  ...config,
  onInit: async (payload) => {
    const { run, handleSchedules } = payload.jobs
    payload.jobs.run = (args) => whileHoldingJobsLock(payload, () => run(args))
    payload.jobs.handleSchedules = (args) => whileHoldingJobsLock(payload, () => handleSchedules(args))
    await config.onInit?.(payload)
  },
})
