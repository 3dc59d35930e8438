import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mailbox, startMailCatcher, type MailCatcher } from './mail-catcher'

/** Speaks just enough SMTP to hand one message over, so the catcher is tested as any mail client sees it. */
async function sendRaw(port: number, from: string, to: string, message: string): Promise<void> {
  const socket = net.connect(port, '127.0.0.1')
  socket.setEncoding('utf8')
  let buffer = ''
  const reply = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = buffer.split('\r\n').find((l) => /^\d{3} /.test(l))
        if (!line) return
        buffer = buffer.slice(buffer.indexOf(line) + line.length + 2)
        socket.off('data', onData)
        if (line.startsWith('4') || line.startsWith('5')) reject(new Error(line))
        else resolve(line)
      }
      const onData = (chunk: string) => {
        buffer += chunk
        check()
      }
      socket.on('data', onData)
      check()
    })
  try {
    await reply()
    for (const command of ['EHLO test', `MAIL FROM:<${from}>`, `RCPT TO:<${to}>`, 'DATA']) {
      socket.write(`${command}\r\n`)
      await reply()
    }
    socket.write(`${message.replace(/\n/g, '\r\n')}\r\n.\r\n`)
    await reply()
    socket.write('QUIT\r\n')
  } finally {
    socket.end()
  }
}

describe('mail catcher', () => {
  let dir: string
  let catcher: MailCatcher

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kat-mail-test-'))
    catcher = await startMailCatcher({ mailDir: dir, smtpPort: 26000 + Math.floor(Math.random() * 1000), webPort: 27000 + Math.floor(Math.random() * 1000) })
    // MailDev's start took over the default 10 s in a CI run on a loaded 2-core machine, beside every
    // package's unit tests.
  }, 30_000)
  afterAll(async () => {
    await catcher?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('listens on loopback only and keeps what it receives for its REST API', async () => {
    expect(catcher.smtpUrl).toBe(`smtp://127.0.0.1:${catcher.smtpPort}`)
    expect(catcher.webUrl).toBe(`http://127.0.0.1:${catcher.webPort}`)
    await sendRaw(catcher.smtpPort, 'cms@localhost', 'reader@example.org', 'Subject: Hello\nFrom: cms@localhost\nTo: reader@example.org\n\nA plain body.')
    const box = mailbox(catcher.webUrl)
    const [mail] = await box.waitFor((m) => m.subject === 'Hello')
    expect(mail?.to).toEqual([expect.objectContaining({ address: 'reader@example.org' })])
    expect(mail?.text?.trim()).toBe('A plain body.')
    expect(await box.to('READER@example.org')).toHaveLength(1)
    await box.clear()
    expect(await box.all()).toEqual([])
  })

  it('moves to the next port when the preferred one is taken', async () => {
    const other = await startMailCatcher({ mailDir: path.join(dir, 'second'), smtpPort: catcher.smtpPort, webPort: catcher.webPort })
    try {
      expect(other.smtpPort).not.toBe(catcher.smtpPort)
      expect(other.webPort).not.toBe(catcher.webPort)
    } finally {
      await other.stop()
    }
  })
})
