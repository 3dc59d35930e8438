import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { runIdempotentTask, UNSETTLED_AWAIT_EXIT_CODE } from './processes'

/** A task that counts its runs in a file and exits with the code given for each run (0 once they run out). */
const countingTask = (file: string, codes: number[]) => [
  '-e',
  `const fs = require('node:fs'); const runs = (fs.existsSync(${JSON.stringify(file)}) ? Number(fs.readFileSync(${JSON.stringify(file)}, 'utf8')) : 0) + 1;
   fs.writeFileSync(${JSON.stringify(file)}, String(runs)); process.exit(${JSON.stringify(codes)}[runs - 1] ?? 0)`,
]

describe('runIdempotentTask', () => {
  let dir: string
  let runsFile: string
  const runs = () => Number(readFileSync(runsFile, 'utf8'))
  const run = (codes: number[], attempts?: number) =>
    runIdempotentTask('Task', process.execPath, countingTask(runsFile, codes), { cwd: dir, env: process.env, stdoutToStderr: true, attempts })

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kat-task-'))
    runsFile = path.join(dir, 'runs')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('runs a task cut short by an unsettled await again, and succeeds', async () => {
    await run([UNSETTLED_AWAIT_EXIT_CODE, UNSETTLED_AWAIT_EXIT_CODE, 0])
    expect(runs()).toBe(3)
  })

  it('gives up after the attempts, with the exit code', async () => {
    await expect(run([13, 13, 13, 0])).rejects.toThrow('Task failed (exit code 13).')
    expect(runs()).toBe(3)
  })

  it('never repeats a task that failed for another reason, or one allowed a single attempt', async () => {
    await expect(run([1, 0])).rejects.toThrow('Task failed (exit code 1).')
    expect(runs()).toBe(1)
    rmSync(runsFile)
    await expect(run([13, 0], 1)).rejects.toThrow('exit code 13')
    expect(runs()).toBe(1)
  })
})
