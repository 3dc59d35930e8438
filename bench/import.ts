/** The importer at the size of a real clinic blog: a 200-post WordPress export, through the admin's endpoint. */
import { parseWxr } from '@kat/post-import'

import { cmsClient } from '../tests/support/cms-client'

const TOPICS = [
  ['Ketamine and treatment-resistant depression', 'treatment-resistant depression'],
  ['What chronic pain patients ask us', 'chronic pain'],
  ['Living with PTSD: questions about ketamine', 'PTSD'],
  ['Ketamine and bipolar depression', 'bipolar depression'],
  ['Anxiety and ketamine: what we know', 'anxiety'],
] as const

/** `count` published posts, each with headings, a list, page furniture and a condition to find, plus a page and a draft. */
export function syntheticExport(count: number, stamp: string): string {
  const items = Array.from({ length: count }, (_, i) => {
    const [title, condition] = TOPICS[i % TOPICS.length]!
    const slug = `bench-${stamp}-${i}`
    return `<item><title>${title} (${i})</title><link>https://oldclinic.example/${2020 + (i % 5)}/0${1 + (i % 9)}/${slug}/</link>
<dc:creator>editor</dc:creator><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:post_date>2024-0${1 + (i % 9)}-1${i % 10} 10:00:00</wp:post_date><category domain="category" nicename="news"><![CDATA[News]]></category>
<content:encoded><![CDATA[<p>People with ${condition} often ask us whether ketamine care could help them, and what a first visit involves.</p>
<h2>Before your first visit</h2><p>A nurse reviews your health history, your medicines and your blood pressure. Bring a list of what you take.</p>
<ul><li>Someone to drive you home</li><li>Comfortable clothes</li><li>Questions for your care team</li></ul>
<h2>After the session</h2><p>Rest for the remainder of the day. Call the clinic if anything worries you.</p><p>Share this:</p><p>Like this:</p>]]></content:encoded></item>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old clinic blog</title><link>https://oldclinic.example</link>
${items.join('\n')}
<item><title>About</title><wp:status>publish</wp:status><wp:post_type>page</wp:post_type><content:encoded><![CDATA[<p>About us.</p>]]></content:encoded></item>
<item><title>Unfinished</title><wp:status>draft</wp:status><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>Later.</p>]]></content:encoded></item>
</channel></rss>`
}

export type ImportTimes = { posts: number; parseMs: number; previewMs: number; firstMs: number; againMs: number; actions: Record<string, number> }

/** Parsing alone (the floor), then the admin's preview, the first import and a repeated one, as the editor. */
export async function importExport(cmsUrl: string, password: string, count: number): Promise<ImportTimes> {
  const xml = syntheticExport(count, String(Date.now()))
  const parseStarted = performance.now()
  const parsed = parseWxr(xml)
  const parseMs = performance.now() - parseStarted
  if (parsed.posts.length !== count) throw new Error(`The synthetic export parsed into ${parsed.posts.length} posts, not ${count}.`)
  const token = await cmsClient(cmsUrl, password).signIn('editor@example.com')
  const post = async (dryRun: boolean) => {
    const form = new FormData()
    form.append('files', new Blob([xml], { type: 'text/xml' }), 'blog.xml')
    if (dryRun) form.set('dryRun', '1')
    const started = performance.now()
    const response = await fetch(`${cmsUrl}/api/articles/import`, { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
    const body = (await response.json()) as { reports?: { ok: boolean; action?: string }[] }
    if (!response.ok || !body.reports) throw new Error(`Import: HTTP ${response.status}`)
    const actions: Record<string, number> = {}
    for (const report of body.reports) actions[report.action ?? 'failed'] = (actions[report.action ?? 'failed'] ?? 0) + 1
    return { ms: performance.now() - started, actions }
  }
  const preview = await post(true)
  const first = await post(false)
  const again = await post(false)
  return {
    posts: count,
    parseMs: Math.round(parseMs),
    previewMs: Math.round(preview.ms),
    firstMs: Math.round(first.ms),
    againMs: Math.round(again.ms),
    actions: { ...first.actions, ...Object.fromEntries(Object.entries(again.actions).map(([action, n]) => [`again ${action}`, n])) },
  }
}
