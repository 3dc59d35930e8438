/**
 * `pnpm bench:data --articles 10000`: adds synthetic published articles to the database that `pnpm dev`
 * and `pnpm start` use (the embedded one in .data/, or DATABASE_URL). Rerunning replaces them.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { migrate, prepareRuntime } from '@kat/stack'

import { addSyntheticArticles } from './synthetic-articles'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } })
  const count = Number(values.articles)
  const runtime = await prepareRuntime(rootDir)
  try {
    await migrate(runtime)
    const result = await addSyntheticArticles(runtime.env.DATABASE_URL!, count)
    console.log(
      `Added ${result.articles} published articles (copies of ${result.templates} demo articles over ${result.conditions} conditions) in ${result.ms} ms.`,
    )
    console.log('A running portal shows them once its cached lists expire: restart it, or publish any article.')
    return 0
  } finally {
    await runtime.stopDatabase()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
