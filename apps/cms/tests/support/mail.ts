import { mailbox, type Mailbox } from '@kat/stack/mail-catcher'

/** The mails the CMS sent during this run, from the catcher the global setup started. */
export function testMailbox(): Mailbox {
  const url = process.env.MAIL_CATCHER_URL
  if (!url) throw new Error('MAIL_CATCHER_URL is not set: run the integration tests through `pnpm test:int` (global setup).')
  return mailbox(url)
}
