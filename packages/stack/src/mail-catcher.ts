/**
 * The local mail catcher: a real SMTP server that keeps every mail instead of delivering it, with a web
 * UI and a REST API to read them (the `maildev` npm package). `pnpm dev` and `pnpm start` run one beside
 * the apps; the integration and end-to-end tests start their own on free ports.
 *
 * maildev listens on every interface by default (SMTP on `::`, the web UI on 0.0.0.0) and can relay mail
 * out or serve an MCP endpoint; here both servers are bound to 127.0.0.1, nothing is relayed and the
 * MCP endpoint stays off.
 */
import { mkdirSync } from 'node:fs'
import { findFreePort } from '@kat/local-postgres'

import { DEFAULT_MAIL_WEB_PORT, DEFAULT_SMTP_PORT, LOCAL_EMAIL_FROM, type MailAddress, type MailSettings } from './env'

const HOST = '127.0.0.1'

export type MailCatcher = MailSettings & {
  /** The web UI; its REST API is under /api (see `mailbox`). */
  webUrl: string
  smtpPort: number
  webPort: number
  stop: () => Promise<void>
}

export type MailCatcherOptions = {
  /** Where the mails are kept (.eml files); mails found there are shown again after a restart. */
  mailDir: string
  /** First ports to try; the next free one is used when taken. */
  smtpPort?: number
  webPort?: number
  /** The oldest mails are dropped beyond this many. */
  maxEmails?: number
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const { MailDev } = await import('maildev')
  mkdirSync(options.mailDir, { recursive: true })
  const smtpPort = await findFreePort(options.smtpPort ?? DEFAULT_SMTP_PORT)
  let webPort = await findFreePort(options.webPort ?? DEFAULT_MAIL_WEB_PORT)
  if (webPort === smtpPort) webPort = await findFreePort(smtpPort + 1)
  const maildev = new MailDev({
    smtp: smtpPort,
    ip: HOST,
    web: webPort,
    webIp: HOST,
    mailDirectory: options.mailDir,
    maxEmails: options.maxEmails ?? 500,
    silent: true,
    mcp: false,
  })
  await maildev.start()
  return {
    smtpUrl: `smtp://${HOST}:${smtpPort}`,
    from: LOCAL_EMAIL_FROM,
    webUrl: `http://${HOST}:${webPort}`,
    smtpPort,
    webPort,
    stop: () => maildev.stop(),
  }
}

/** A caught mail as the catcher's REST API returns it (the fields the tests read). */
export type CaughtMail = {
  id: string
  time: string
  subject: string
  from: MailAddress[]
  to: MailAddress[]
  text?: string
  html?: string
}

/** Reads a catcher's mails over its REST API (`GET /api/email`, `DELETE /api/email/all`). */
export function mailbox(webUrl: string) {
  const api = `${webUrl.replace(/\/+$/, '')}/api/email`
  const all = async (): Promise<CaughtMail[]> => {
    const response = await fetch(api, { signal: AbortSignal.timeout(5_000) })
    if (!response.ok) throw new Error(`The mail catcher answered ${response.status} at ${api}`)
    return (await response.json()) as CaughtMail[]
  }
  return {
    all,
    /** Mails to one address, oldest first. */
    to: async (address: string) => (await all()).filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase())),
    clear: async () => {
      await fetch(`${api}/all`, { method: 'DELETE', signal: AbortSignal.timeout(5_000) })
    },
    /** Waits until the mails that match number at least `count` (mail is sent after the save answers). */
    waitFor: async (match: (mail: CaughtMail) => boolean, { count = 1, timeoutMs = 15_000 } = {}): Promise<CaughtMail[]> => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = (await all()).filter(match)
        if (found.length >= count || Date.now() > deadline) return found
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    },
  }
}

export type Mailbox = ReturnType<typeof mailbox>
