import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // Docker images run the standalone server; `pnpm start` runs `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.resolve(dirname, '../..'),
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  // `pnpm typecheck` checks types (tests included); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  transpilePackages: ['@kat/stack', '@kat/cms-types', '@kat/contract', '@kat/domain'],
  turbopack: { root: path.resolve(dirname, '../..') },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
