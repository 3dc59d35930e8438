/**
 * `pnpm bench:migrate [runs]`: the module-loader hang, counted. Runs `migrate` against a fresh, empty
 * database `runs` times (50 by default) through Payload's own CLI (`payload migrate`, what `pnpm migrate`
 * runs) and prints how many runs built the whole schema, exited 0 having done nothing, exited 13 (an
 * await that never settled), failed otherwise or hung past the time limit. On Node 20 about one run in
 * six did nothing, so the CMS had its own task runner and the stack a retry; on Node 24, 50 of 50 runs
 * of each migrated (README, Running against an external PostgreSQL), and both went.
 */
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startThrowawayPostgres } from '@kat/local-postgres'
import pg from 'pg'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/cms')
const RUNS = Number(process.argv[2] ?? 50)
// The committed migrations: one .ts file each beside the index.
const MIGRATIONS = readdirSync(path.join(cmsDir, 'src/migrations')).filter((file) => file.endsWith('.ts') && file !== 'index.ts').length
const TIME_LIMIT_MS = 180_000

const PATHS = {
  'payload migrate': ['exec', 'payload', 'migrate'],
} as const
type PathName = keyof typeof PATHS
type Outcome = 'migrated' | 'exit 0, nothing done' | 'exit 13' | 'other failure' | 'hung'

function runOnce(args: readonly string[], databaseUrl: string): Promise<{ code: number | null; ms: number; timedOut: boolean; output: string }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('pnpm', args, {
      cwd: cmsDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'bench-migrate', NODE_OPTIONS: '--no-deprecation', CI: 'true', PAYLOAD_JOBS_AUTORUN: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, TIME_LIMIT_MS)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, ms: Date.now() - started, timedOut, output })
    })
  })
}

async function appliedMigrations(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const exists = await client.query<{ n: string }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'payload_migrations'")
    if (exists.rows[0]?.n !== '1') return 0
    return Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM payload_migrations WHERE name <> 'dev'")).rows[0]?.n ?? 0)
  } finally {
    await client.end()
  }
}

const cluster = await startThrowawayPostgres('migrate-runs')
const admin = new pg.Client({ connectionString: cluster.url })
await admin.connect()
const counts = Object.fromEntries(Object.keys(PATHS).map((name) => [name, new Map<Outcome, number>()])) as Record<PathName, Map<Outcome, number>>
const durations = Object.fromEntries(Object.keys(PATHS).map((name) => [name, [] as number[]])) as Record<PathName, number[]>
console.log(`Node ${process.version}, ${RUNS} runs per path, ${MIGRATIONS} committed migrations.`)
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const name of Object.keys(PATHS) as PathName[]) {
      const database = `migrate_${Object.keys(PATHS).indexOf(name)}_${run}`
      await admin.query(`CREATE DATABASE ${database}`)
      const url = new URL(cluster.url)
      url.pathname = `/${database}`
      const result = await runOnce(PATHS[name], url.toString())
      const applied = await appliedMigrations(url.toString())
      const outcome: Outcome = result.timedOut
        ? 'hung'
        : result.code === 0
          ? applied === MIGRATIONS
            ? 'migrated'
            : 'exit 0, nothing done'
          : result.code === 13
            ? 'exit 13'
            : 'other failure'
      counts[name].set(outcome, (counts[name].get(outcome) ?? 0) + 1)
      durations[name].push(result.ms)
      console.log(`${String(run).padStart(3)} ${name.padEnd(24)} ${outcome} (exit ${result.code ?? 'killed'}, ${applied} applied, ${(result.ms / 1000).toFixed(1)} s)`)
      if (outcome !== 'migrated') console.log(result.output.trim().split('\n').slice(-5).map((line) => `      ${line}`).join('\n'))
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`)
    }
  }
} finally {
  await admin.end()
  await cluster.stop()
}

console.log(`\nNode ${process.version}, ${RUNS} runs of migrate per path, each on a fresh database:`)
for (const name of Object.keys(PATHS) as PathName[]) {
  const sorted = [...durations[name]].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0
  const summary = [...counts[name]].map(([outcome, count]) => `${outcome} ${count}`).join(', ')
  console.log(`  ${name.padEnd(24)} ${summary}; median ${(median / 1000).toFixed(1)} s`)
}
