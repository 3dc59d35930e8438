/**
 * Reader pages as plain HTML: Next's client runtime and its copy of the page (the React Server
 * Components payload in inline scripts) are taken out, so each page is its markup once, and only our
 * own small progressive script remains (`/enhance.js`, loaded where a page asks for it). Data blocks
 * (JSON-LD) stay: they are not run.
 */

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
// A module preload is always a script; a plain preload is one when it says `as="script"`, before or after `rel`.
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\/?>|<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="preload"[^>]*\/?>/gi
const DATA_BLOCK = /\btype="application\/ld\+json"/i

export const ENHANCE_SCRIPT = '/enhance.js'

/** The page's HTML without executable scripts or their preloads, with `/enhance.js` where the page has something to enhance. */
export function leanHtml(html: string): string {
  let lean = html
    .replace(SCRIPT, (element, attributes: string) => (DATA_BLOCK.test(attributes) ? element : ''))
    .replace(SCRIPT_PRELOAD, '')
  if (/\bdata-enhance\b/.test(lean)) lean = lean.replace(/<\/body>/i, `<script src="${ENHANCE_SCRIPT}" defer></script></body>`)
  return lean
}
