import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_SERVER } from 'next/constants'

import { contentSecurityPolicy } from './src/lib/content-security-policy'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.resolve(dirname, '../..'),
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  // server.ts compresses, after it has taken the client runtime out of each page.
  compress: false,
  // `pnpm typecheck` checks types (tests included); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  transpilePackages: ['@kat/stack', '@kat/cms-types', '@kat/contract', '@kat/domain'],
  turbopack: { root: path.resolve(dirname, '../..') },
  // Each language has its own root layout; the one 404 page (app/global-not-found.tsx) frames itself.
  experimental: { globalNotFound: true },
  // The home page and two lists live in one `[list]` route per language, so they are cached and
  // revalidated by tag (see src/views/cached-list.tsx).
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/cached/home' },
        { source: '/conditions', destination: '/cached/conditions' },
        { source: '/contraindications', destination: '/cached/contraindications' },
        { source: '/es', destination: '/cached/es/home' },
        { source: '/es/conditions', destination: '/cached/es/conditions' },
        { source: '/es/contraindications', destination: '/cached/es/contraindications' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  async headers() {
    const production = process.env.NODE_ENV === 'production'
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
          ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
        ],
      },
    ]
  },
}

/**
 * The production server's cache handler (src/server/cache-handler.ts): shared by every instance in Redis
 * when REDIS_URL is set, else Next's own on this machine; either way it keeps nothing a notice overtook.
 * Only the production server loads it (under tsx): not the build, not `next dev`.
 */
export default function config(phase: string): NextConfig {
  return phase === PHASE_PRODUCTION_SERVER ? { ...nextConfig, cacheHandler: path.resolve(dirname, 'src/server/cache-handler.ts') } : nextConfig
}
