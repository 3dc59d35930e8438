import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../hooks/afterCommit'

export type OutgoingMail = { to: { name: string; address: string }; subject: string; html: string }

/** Sends one mail; a failure is logged (subject and recipient, never the body) and never thrown. */
export async function sendMail(payload: Payload, mail: OutgoingMail): Promise<boolean> {
  try {
    await payload.sendEmail({ to: mail.to, subject: mail.subject, html: mail.html })
    return true
  } catch (error) {
    payload.logger.error({ err: error, msg: `Mail "${mail.subject}" to ${mail.to.address} was not sent: ${error instanceof Error ? error.message : String(error)}` })
    return false
  }
}

/**
 * Sends the mails once the save's transaction has committed, without holding the save up: a rolled-back
 * save sends nothing, and a slow or failing mail server never fails or delays one.
 */
export async function sendAfterCommit(req: PayloadRequest, mails: OutgoingMail[]): Promise<void> {
  if (!mails.length) return
  const { payload } = req
  await afterCommit(req, async () => {
    void Promise.all(mails.map((mail) => sendMail(payload, mail)))
  })
}
