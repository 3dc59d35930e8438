/** The portal's public address, for links that leave the page (QR codes, canonical URLs, feeds). */
export const siteUrl = (): string => (process.env.WEB_URL || 'http://localhost:3000').replace(/\/+$/, '')
