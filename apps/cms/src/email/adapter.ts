import { LOCAL_EMAIL_FROM, parseMailbox } from '@kat/stack/env'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { htmlToText } from './render'

type Env = Record<string, string | undefined>

/** Every mail gets a plain-text part, derived from its HTML unless one was given. */
const withPlainText =
  (adapter: EmailAdapter): EmailAdapter =>
  (args) => {
    const inner = adapter(args)
    return {
      ...inner,
      sendEmail: (message) =>
        inner.sendEmail(message.text || typeof message.html !== 'string' ? message : { ...message, text: htmlToText(message.html) }),
    }
  }

/**
 * Without SMTP_URL (code generation, the CLI tasks outside `pnpm dev`), mail is off: each one is logged
 * by subject and recipient count only, never its body (a password-reset link is a credential).
 */
const mailOff =
  (from: { name?: string; address: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'mail-off',
    defaultFromAddress: from.address,
    defaultFromName: from.name ?? '',
    sendEmail: async (message) => {
      const recipients = [message.to ?? []].flat().length
      payload.logger.warn(`Mail not sent (SMTP_URL is not set): "${String(message.subject)}" to ${recipients} recipient(s).`)
    },
  })

/**
 * Mail goes through SMTP_URL (any nodemailer connection URL: smtp://, smtps://, with user and password)
 * from EMAIL_FROM. Deployment mode requires both (see instrumentation.ts); local mode gets both from the
 * stack's mail catcher.
 */
export function emailAdapter(env: Env = process.env): EmailAdapter | Promise<EmailAdapter> {
  const from = parseMailbox(env.EMAIL_FROM) ?? parseMailbox(LOCAL_EMAIL_FROM)!
  const smtpUrl = env.SMTP_URL?.trim()
  if (!smtpUrl) return mailOff(from)
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name ?? '',
    // nodemailer reads a connection URL (with ?secure=true and the like) where the adapter types options.
    transportOptions: smtpUrl as never,
    // Verifying connects at every start, also of the CLI tasks; a failed send is logged anyway.
    skipVerify: true,
  }).then(withPlainText)
}
