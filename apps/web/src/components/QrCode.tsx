import QRCode from 'qrcode'

/** A QR code as inline SVG (made on the server by the `qrcode` library), with the address as its label. */
export async function QrCode({ url, size = 160 }: { url: string; size?: number }) {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  return (
    // A data-URI SVG made on the server: next/image would add nothing but a client round trip.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
      width={size}
      height={size}
      alt={`QR code for ${url}`}
      className="block"
    />
  )
}
