import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

import { contentSecurityPolicy } from '../../../apps/web/src/lib/content-security-policy'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(dirname, '../../..')

/**
 * The Pages Router rival of the portal's lean App Router pages, for `pnpm bench` only: one condition
 * route with `unstable_runtimeJS: false`, the portal's own components and CSS, and Next's gzip.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  transpilePackages: ['@kat/contract', '@kat/domain', '@kat/cms-types'],
  turbopack: { root },
  outputFileTracingRoot: root,
  // The portal's policy: with no inline script on the page, scripts from this origin only.
  headers: async () => [{ source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy() }] }],
}

export default nextConfig
