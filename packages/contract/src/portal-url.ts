/**
 * The portal has two addresses: the public one readers and editors open (canonical URLs, QR codes,
 * feeds, the admin's Preview links) and the one the CMS's server posts revalidation to, which in a
 * container network is a service name (`http://web:3000`) no browser can open.
 */
type Env = Record<string, string | undefined>

const trimmed = (value: string | undefined): string | undefined => value?.trim().replace(/\/+$/, '') || undefined

/** WEB_URL: where browsers reach the portal. */
export const publicPortalUrl = (env: Env): string | undefined => trimmed(env.WEB_URL)

/** WEB_INTERNAL_URL, else WEB_URL: where the CMS's server reaches the portal. */
export const internalPortalUrl = (env: Env): string | undefined => trimmed(env.WEB_INTERNAL_URL) ?? publicPortalUrl(env)

/**
 * CMS_PUBLIC_URL, else CMS_URL: where browsers reach the CMS, e.g. from a link in a mail. (The portal's
 * server reads the CMS at CMS_URL, which in a container network only it can open.)
 */
export const publicCmsUrl = (env: Env): string | undefined => trimmed(env.CMS_PUBLIC_URL) ?? trimmed(env.CMS_URL)
