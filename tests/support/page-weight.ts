import { gzipSync } from 'node:zlib'

/** Gzipped weight of a page and what it loads (its CSS and scripts), and whether it carries Next's React payload (App Router's `__next_f`, Pages Router's `__NEXT_DATA__`). */
export async function pageWeight(baseUrl: string, route: string) {
  const html = await (await fetch(`${baseUrl}${route}`)).text()
  // Loaded files only: `data-href` marks a stylesheet already inlined.
  const assets = [...html.matchAll(/(?<![\w-])(?:src|href)="(\/(?:_next\/static\/[^"]+|[\w-]+)\.(js|css))"/g)]
  const unique = new Map(assets.map((match) => [match[1]!, match[2]!]))
  let js = 0
  let css = 0
  for (const [asset, kind] of unique) {
    const size = gzipSync(Buffer.from(await (await fetch(`${baseUrl}${asset}`)).arrayBuffer())).length
    if (kind === 'js') js += size
    else css += size
  }
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
  const htmlKb = kb(gzipSync(html).length)
  return { route, htmlKb, cssKb: kb(css), jsKb: kb(js), totalKb: Math.round((htmlKb + kb(css) + kb(js)) * 10) / 10, rscPayload: /__next_f|__NEXT_DATA__/.test(html) }
}

/** The lean-page budgets: a condition or an article page of the demo content (in either language), and every other reader page. */
export const weightBudgetKb = (route: string) => (/^(\/es)?\/(conditions|articles)\/[a-z0-9-]+$/.test(route) ? 30 : 20)
