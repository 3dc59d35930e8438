/** Peak resident memory of the apps during the load runs, sampled from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory of every process in a process group (pnpm, Next and its workers), in MB. */
export function groupRssMb(pgid: number | undefined): number {
  if (!pgid) return 0
  let kb = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kb / 1024)
}

/** Samples each named process group twice a second; `stop` returns the peaks in MB. */
export function samplePeakMemory(groups: Record<string, () => number | undefined>): { stop: () => Record<string, number> } {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(groups).map((name) => [name, 0]))
  const sample = () => {
    for (const [name, pgid] of Object.entries(groups)) peaks[name] = Math.max(peaks[name]!, groupRssMb(pgid()))
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
