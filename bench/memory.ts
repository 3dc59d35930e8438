/** Peak resident memory of the apps during the load runs, sampled from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory of a process and all its descendants (pnpm, Next and its workers), in MB. */
export function treeRssMb(rootPid: number | undefined): number {
  if (!rootPid) return 0
  const parents = new Map<number, number>()
  const rssKb = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      parents.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0))
      rssKb.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0))
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 64; current = parents.get(current) ?? 0, hops++) {
      if (current === rootPid) return true
    }
    return false
  }
  let kb = 0
  for (const [pid, rss] of rssKb) if (inTree(pid)) kb += rss
  return Math.round(kb / 1024)
}

/** Samples each named process tree twice a second; `stop` returns the peaks in MB. */
export function samplePeakMemory(roots: Record<string, () => number | undefined>): { stop: () => Record<string, number> } {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(roots).map((name) => [name, 0]))
  const sample = () => {
    for (const [name, pid] of Object.entries(roots)) peaks[name] = Math.max(peaks[name]!, treeRssMb(pid()))
  }
  sample()
  const timer = setInterval(sample, 500)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return peaks
    },
  }
}
