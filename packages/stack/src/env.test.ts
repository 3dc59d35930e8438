import { describe, expect, it } from 'vitest'

import { MailSettingsError, MissingSecretsError, appEnv, assertMailSettings, assertSecrets, detectMode, mailSettingsProblems, missingSecrets, parseMailbox, portsFromEnv } from './env'

describe('detectMode', () => {
  it('is local without DATABASE_URL and deployment with it', () => {
    expect(detectMode({})).toBe('local')
    expect(detectMode({ DATABASE_URL: '  ' })).toBe('local')
    expect(detectMode({ DATABASE_URL: 'postgres://db/app' })).toBe('deployment')
  })
})

describe('assertSecrets', () => {
  it('names each missing secret, and only those', () => {
    const env = { PAYLOAD_SECRET: 'x'.repeat(32), REVALIDATE_SECRET: '' }
    expect(missingSecrets(env)).toEqual(['REVALIDATE_SECRET', 'PREVIEW_SECRET'])
    try {
      assertSecrets(env)
      expect.unreachable('assertSecrets should throw')
    } catch (error) {
      expect(error).toBeInstanceOf(MissingSecretsError)
      const message = (error as Error).message
      expect(message).toContain('REVALIDATE_SECRET is not set')
      expect(message).toContain('PREVIEW_SECRET is not set')
      expect(message).not.toContain('PAYLOAD_SECRET is not set')
    }
  })

  it('passes when every secret is set', () => {
    expect(() => assertSecrets({ PAYLOAD_SECRET: 'a', REVALIDATE_SECRET: 'b', PREVIEW_SECRET: 'c' })).not.toThrow()
  })
})

describe('ports', () => {
  it('defaults to 3000 and 3001 and rejects nonsense with the variable name', () => {
    expect(portsFromEnv({})).toEqual({ web: 3000, cms: 3001 })
    expect(portsFromEnv({ WEB_PORT: '8080' })).toEqual({ web: 8080, cms: 3001 })
    expect(() => portsFromEnv({ CMS_PORT: 'abc' })).toThrow(/CMS_PORT/)
    expect(() => portsFromEnv({ WEB_PORT: '70000' })).toThrow(/WEB_PORT/)
  })
})

describe('appEnv', () => {
  it('points each app at the other and keeps explicit URLs', () => {
    const secrets = { PAYLOAD_SECRET: 'p', REVALIDATE_SECRET: 'r', PREVIEW_SECRET: 'v' }
    const local = appEnv({ env: {}, mode: 'local', databaseUrl: 'postgres://l/db', secrets, ports: { web: 3000, cms: 3001 } })
    expect(local).toMatchObject({ CMS_URL: 'http://localhost:3001', WEB_URL: 'http://localhost:3000', WEB_INTERNAL_URL: 'http://localhost:3000', KAT_MODE: 'local' })
    const deployed = appEnv({
      env: { CMS_URL: 'http://cms:3001' },
      mode: 'deployment',
      databaseUrl: 'postgres://d/db',
      secrets,
      ports: { web: 3000, cms: 3001 },
    })
    expect(deployed.CMS_URL).toBe('http://cms:3001')
    expect(deployed.DATABASE_URL).toBe('postgres://d/db')
  })

  it('keeps the public and the internal portal address apart when both are given', () => {
    const secrets = { PAYLOAD_SECRET: 'p', REVALIDATE_SECRET: 'r', PREVIEW_SECRET: 'v' }
    const env = appEnv({
      env: { WEB_URL: 'https://guide.example.org', WEB_INTERNAL_URL: 'http://web:3000' },
      mode: 'deployment',
      databaseUrl: 'postgres://d/db',
      secrets,
      ports: { web: 3000, cms: 3001 },
    })
    expect(env).toMatchObject({ WEB_URL: 'https://guide.example.org', WEB_INTERNAL_URL: 'http://web:3000' })
  })
})

describe('mail settings', () => {
  it('names each missing setting and passes when both are usable', () => {
    expect(mailSettingsProblems({})).toEqual([expect.stringMatching(/^SMTP_URL is not set/), expect.stringMatching(/^EMAIL_FROM is not set/)])
    expect(assertMailSettings({ SMTP_URL: ' smtp://mail.example.org:587 ', EMAIL_FROM: 'Guide <cms@example.org>' })).toEqual({
      smtpUrl: 'smtp://mail.example.org:587',
      from: 'Guide <cms@example.org>',
    })
  })

  it('refuses a malformed SMTP_URL without repeating its password, and a malformed sender', () => {
    const env = { SMTP_URL: 'https://user:s3cret@mail.example.org', EMAIL_FROM: 'the CMS' }
    try {
      assertMailSettings(env)
      expect.unreachable('assertMailSettings should throw')
    } catch (error) {
      expect(error).toBeInstanceOf(MailSettingsError)
      const message = (error as Error).message
      expect(message).toContain('SMTP_URL must start with smtp:// or smtps://, got https://mail.example.org')
      expect(message).toContain('EMAIL_FROM must be an address or "Name <address>", got "the CMS"')
      expect(message).not.toContain('s3cret')
    }
    expect(mailSettingsProblems({ SMTP_URL: 'not a url', EMAIL_FROM: 'a@b.org' })).toEqual([expect.stringMatching(/SMTP_URL is not a URL/)])
  })

  it('reads a sender with or without a (quoted) name', () => {
    expect(parseMailbox('cms@example.org')).toEqual({ address: 'cms@example.org' })
    expect(parseMailbox('"Ketamine Guide" <cms@example.org>')).toEqual({ name: 'Ketamine Guide', address: 'cms@example.org' })
    expect(parseMailbox('Guide <not an address>')).toBeUndefined()
  })

  it('hands the mail settings to the apps', () => {
    const secrets = { PAYLOAD_SECRET: 'p', REVALIDATE_SECRET: 'r', PREVIEW_SECRET: 'v' }
    const mail = { smtpUrl: 'smtp://127.0.0.1:1025', from: 'Guide <cms@localhost>' }
    const env = appEnv({ env: {}, mode: 'local', databaseUrl: 'postgres://l/db', secrets, ports: { web: 3000, cms: 3001 }, mail })
    expect(env).toMatchObject({ SMTP_URL: 'smtp://127.0.0.1:1025', EMAIL_FROM: 'Guide <cms@localhost>' })
    expect(appEnv({ env: {}, mode: 'local', databaseUrl: 'postgres://l/db', secrets, ports: { web: 3000, cms: 3001 } })).not.toHaveProperty('SMTP_URL')
  })
})
