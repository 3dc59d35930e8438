import { publicPortalUrl } from '@kat/contract'

/** The portal's public address, for links that leave the page (QR codes, canonical URLs, feeds). */
export const siteUrl = (): string => publicPortalUrl(process.env) ?? 'http://localhost:3000'
