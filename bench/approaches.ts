/**
 * The rival approaches to the portal's lean pages (issue 16: two approaches tried on one page), each
 * built and started by `pnpm bench` beside the running portal, over the same CMS.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { REVALIDATE_SECRET_HEADER } from '@kat/contract'
import { runToCompletion } from '@kat/stack'

import { nextBin, startNextApp } from './reference'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pagesRouterDir = path.join(rootDir, 'bench/approaches/pages-router')

/** The stylesheets a page links, in order. */
const stylesheets = (html: string) => [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '').filter(Boolean)

/** What a reader sees of a page: its body's text, without markup, scripts or styles. */
export const visibleText = (html: string) =>
  html
    .replace(/^[\s\S]*?<body\b[^>]*>/i, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The Pages Router app (bench/approaches/pages-router) rendering `route` of the portal: the portal's
 * built CSS and progressive script are copied into its public folder, then it is built and started
 * against the same CMS, its links on the portal's address (so both pages carry the same text).
 * `revalidate` re-renders a path, as the CMS hook does for the portal.
 */
export async function startPagesRouterApproach(webUrl: string, cmsUrl: string, route: string, revalidateSecret: string) {
  const html = await (await fetch(`${webUrl}${route}`)).text()
  const css = await Promise.all(stylesheets(html).map(async (href) => (await fetch(new URL(href, webUrl))).text()))
  const publicDir = path.join(pagesRouterDir, 'public')
  mkdirSync(publicDir, { recursive: true })
  // Next wraps a page in <div id="__next">: out of the layout, so the body's flex column holds as in the portal.
  writeFileSync(path.join(publicDir, 'portal.css'), `${css.join('\n')}\n#__next{display:contents}`)
  writeFileSync(path.join(publicDir, 'enhance.js'), await (await fetch(`${webUrl}/enhance.js`)).text())
  copyFileSync(path.join(rootDir, 'apps/web/src/app/icon.svg'), path.join(publicDir, 'icon.svg'))
  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', CMS_URL: cmsUrl, WEB_URL: webUrl, REVALIDATE_SECRET: revalidateSecret }
  await runToCompletion('Building the Pages Router approach', nextBin, ['build'], { cwd: pagesRouterDir, env })
  const app = await startNextApp('pages', pagesRouterDir, env)
  /** What the CMS hook would send this app after a publish: the path to re-render, once rendered. */
  const revalidate = async (pagePath: string) => {
    const response = await fetch(`${app.url}api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: revalidateSecret },
      body: JSON.stringify({ paths: [pagePath] }),
    })
    if (!response.ok) throw new Error(`Pages Router revalidation: HTTP ${response.status}`)
  }
  return { ...app, revalidate }
}

/** Where two texts part: the first differing position with a little of each side, or undefined when equal. */
export function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 80))
  return `from character ${at}: ${excerpt(a)} against ${excerpt(b)}`
}
