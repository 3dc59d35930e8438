import { startTestStack } from '../../support/test-stack'

/** One stack for the whole end-to-end run; its addresses and secrets reach the tests through the environment. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const stack = await startTestStack('e2e')
  process.env.E2E_WEB_URL = stack.webUrl
  process.env.E2E_CMS_URL = stack.cmsUrl
  process.env.E2E_PASSWORD = stack.password
  process.env.E2E_REVALIDATE_SECRET = stack.revalidateSecret
  process.env.E2E_PREVIEW_SECRET = stack.previewSecret
  process.env.E2E_PAYLOAD_SECRET = stack.payloadSecret
  process.env.E2E_DATABASE_URL = stack.database.url
  process.env.E2E_MAIL_URL = stack.mailUrl
  return stack.stop
}
