import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The benchmark's reference: what this Next version serves at best, a prerendered page and nothing else. */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: path.resolve(dirname, '../..') },
  outputFileTracingRoot: path.resolve(dirname, '../..'),
}

export default nextConfig
