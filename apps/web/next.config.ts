import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.resolve(dirname, '../..'),
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  // `pnpm typecheck` checks types (tests included); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  transpilePackages: ['@kat/stack', '@kat/cms-types', '@kat/domain'],
  turbopack: { root: path.resolve(dirname, '../..') },
}

export default nextConfig
