import type { Locale } from '@kat/contract'
import QRCode from 'qrcode'

import { translator } from '@/i18n'

/** A QR code as inline SVG (made on the server by the `qrcode` library), with the address as its label. */
export async function QrCode({ url, locale, size = 160 }: { url: string; locale: Locale; size?: number }) {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  return (
    // A data-URI SVG made on the server: next/image would add nothing but a client round trip.
    // eslint-disable-next-line @next/next/no-img-element
    <img src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} width={size} height={size} alt={translator(locale, 'Share')('qr', { url })} className="block" />
  )
}
