import type { IncomingAuthType } from 'payload'

import { adminUrl } from './links'
import { renderMail } from './render'

/** How long a reset link works. */
export const RESET_LINK_VALID_MS = 60 * 60 * 1000

const SUBJECT = 'Reset your password for the Ketamine Therapy Guide CMS'

/**
 * Payload's forgot-password mail with a link to the admin's reset page on the CMS's public address (Payload
 * would build it from the request's Host header, or leave it relative).
 */
export const passwordResetMail: NonNullable<IncomingAuthType['forgotPassword']> = {
  expiration: RESET_LINK_VALID_MS,
  generateEmailSubject: () => SUBJECT,
  generateEmailHTML: (args) => {
    const { req, token, user } = args ?? {}
    if (!req || !token) return ''
    const url = adminUrl(req.payload, `${req.payload.config.admin.routes.reset}/${token}`)
    const name = (user as { name?: string } | undefined)?.name
    return renderMail({
      subject: SUBJECT,
      paragraphs: [
        `${name ? `${name}, someone` : 'Someone'} asked to reset the password of your account in the Ketamine Therapy Guide CMS.`,
        `Choose a new password with the link below. It works once, for ${RESET_LINK_VALID_MS / 60_000} minutes.`,
      ],
      links: [{ label: 'Choose a new password', url }],
      footer: 'If you did not ask for this, ignore this mail: your password stays as it is.',
    }).html
  },
}
