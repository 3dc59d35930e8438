import type { PayloadRequest } from 'payload'

/**
 * Runs `task` once the request's database transaction has committed (at once when there is none), so
 * nothing outside the database (the portal, a mail) hears of data still uncommitted: hooks run inside the
 * transaction. The commit waits for the task; a task that must not hold the save up starts its work and
 * returns. A rolled-back save runs nothing.
 */
export async function afterCommit(req: PayloadRequest, task: () => Promise<unknown>): Promise<void> {
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID === undefined ? undefined : req.payload.db.sessions?.[transactionID]
  if (!session) {
    await task()
    return
  }
  const commit = session.resolve
  session.resolve = async () => {
    await commit()
    await task()
  }
}
