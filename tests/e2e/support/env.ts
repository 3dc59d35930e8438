/** Addresses and credentials the global setup chose for this run. */
function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the tests through \`pnpm test:e2e\` (global setup).`)
  return value
}

export const e2e = {
  webUrl: () => required('E2E_WEB_URL'),
  cmsUrl: () => required('E2E_CMS_URL'),
  password: () => required('E2E_PASSWORD'),
  revalidateSecret: () => required('E2E_REVALIDATE_SECRET'),
  previewSecret: () => required('E2E_PREVIEW_SECRET'),
  payloadSecret: () => required('E2E_PAYLOAD_SECRET'),
  databaseUrl: () => required('E2E_DATABASE_URL'),
  mailUrl: () => required('E2E_MAIL_URL'),
}
