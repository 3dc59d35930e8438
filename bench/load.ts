/** Load generators for `pnpm bench`: autocannon for throughput, a fixed-concurrency loop for exact percentiles. */
import autocannon from 'autocannon'

export type ThroughputResult = { name: string; reqPerSec: number; p50: number; p99: number; errors: number; non2xx: number }

/** Requests per second and latency for one URL at a fixed number of connections. */
export async function throughput(name: string, url: string, connections: number, durationS: number): Promise<ThroughputResult> {
  const result = await autocannon({ url, connections, duration: durationS })
  return {
    name,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

export type LatencyResult = { name: string; n: number; concurrency: number; p50: number; p95: number; max: number; failures: number; reqPerSec: number }

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * `n` requests to distinct URLs (`urlFor(i)`), `concurrency` at a time, timed one by one, so every
 * request misses the portal's data cache and p95 is exact rather than interpolated.
 */
export async function latency(
  name: string,
  urlFor: (index: number) => string,
  options: { n: number; concurrency: number; init?: RequestInit },
): Promise<LatencyResult> {
  const times: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    for (let index = next++; index < options.n; index = next++) {
      const begin = performance.now()
      const response = await fetch(urlFor(index), options.init).catch(() => undefined)
      await response?.arrayBuffer()
      times.push(performance.now() - begin)
      if (!response?.ok) failures++
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  return {
    name,
    n: options.n,
    concurrency: options.concurrency,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(times.at(-1) ?? 0),
    failures,
    reqPerSec: Math.round(options.n / seconds),
  }
}
