'use client'

import { Button } from '@payloadcms/ui'
import { useRef, useState, type FormEvent } from 'react'

import type { ImportStreamLine } from '../importEndpoint'
import type { ExportSummary, ImportChoice, ImportReport, ImportResult } from '../importPosts'
import { describeReadability } from '../readability'

const ACTIONS: Record<string, string> = {
  created: 'Draft created',
  updated: 'Draft updated',
  unchanged: 'Unchanged: already imported',
  'new-draft-of-published': 'New draft beside the published article',
  'would-create': 'New: a draft will be created',
  'would-update': 'Imported before: its draft will be updated',
  skipped: 'Left out',
}

type Post = Extract<ImportReport, { ok: true }>
type Decision = { include: boolean; title: string; conditions: number[] }
type Progress = { done: number; total: number; title: string } | null


/** Posts the CMS answers line by line: progress after each post, then the result. */
async function send(form: FormData, onProgress: (progress: Progress) => void): Promise<ImportResult> {
  form.set('stream', '1')
  const response = await fetch('/api/articles/import', { method: 'POST', body: form, credentials: 'include' })
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    throw new Error(body.errors?.[0]?.message ?? `The import failed (HTTP ${response.status}).`)
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffered += value
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as ImportStreamLine
      if ('progress' in message) onProgress(message.progress)
      else if ('error' in message) throw new Error(message.error)
      else return message.result
    }
  }
  throw new Error('The CMS stopped answering before the import finished; run it again (it picks up where it stopped).')
}

function ExportSummaries({ exports }: { exports: ExportSummary[] }) {
  if (!exports.length) return null
  return (
    <ul>
      {exports.map((summary) => (
        <li key={summary.file}>
          <strong>{summary.file}</strong>
          {summary.site.title ? ` (${summary.site.title})` : ''}: {summary.posts} published posts. Skipped: {summary.skipped.pages} pages,{' '}
          {summary.skipped.attachments} attachments, {summary.skipped.drafts} unpublished posts, {summary.skipped.other} other items.
          {summary.warnings.map((warning) => (
            <span key={warning}> ⚠ {warning}</span>
          ))}
        </li>
      ))}
    </ul>
  )
}

function PostDetails({ post }: { post: Post }) {
  return (
    <ul style={{ margin: '0.5rem 0 0' }}>
      <li>
        {ACTIONS[post.action] ?? post.action} · {post.file} ({post.format})
      </li>
      <li>
        Author: {post.author.original ?? 'none found'}
        {post.author.original ? (post.author.userName ? ` → account ${post.author.userName}` : ' (no account: kept as the original author)') : ''}
        {post.metadata.publishedAt ? ` · published ${post.metadata.publishedAt}` : ''}
        {[...post.metadata.categories, ...post.metadata.tags].length ? ` · ${[...post.metadata.categories, ...post.metadata.tags].join(', ')}` : ''}
      </li>
      {post.originalUrl ? <li>Old address: {post.originalUrl} (answers with a redirect once the article is published)</li> : null}
      <li>
        {post.headings.length} headings, {post.paragraphs} paragraphs, {post.lists} lists · {describeReadability(post.readability)}
        {post.language === 'es' ? ' · in Spanish: imported as the Spanish text' : ''}
      </li>
      {post.outline.length ? (
        <li>
          Outline:
          <ul>
            {post.outline.map((heading, index) => (
              <li key={index} style={{ marginLeft: `${(heading.level - 2) * 1}rem` }}>
                {heading.text}
              </li>
            ))}
          </ul>
        </li>
      ) : null}
      <li>Sources: {post.sources.length ? post.sources.map((source) => `${source.title} (${source.match})`).join('; ') : 'none'}</li>
      <li>Disclaimer: {post.disclaimerFound ? 'found and left out (the platform’s disclaimers apply)' : 'none found'}</li>
      {post.images.length ? (
        <li>Images: {post.images.map((image) => `${image.url} (${image.alt ? `alt: ${image.alt}` : 'no alt text'})`).join('; ')}</li>
      ) : null}
      {post.removed.length ? (
        <li>
          <details>
            <summary>Page furniture removed: {post.removed.length} lines</summary>
            <ul>
              {post.removed.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </details>
        </li>
      ) : null}
      {post.warnings.map((warning) => (
        <li key={warning}>⚠ {warning}</li>
      ))}
    </ul>
  )
}

/**
 * The admin's Import posts view: choose posts or a whole-blog export, see each post parsed (title,
 * author, date, conditions with their evidence, outline, removed lines, warnings, reading grade), fix
 * titles and conditions, choose which to import, then import them, with progress for large exports.
 */
export function ImportPostsForm() {
  const files = useRef<File[]>([])
  const [preview, setPreview] = useState<ImportResult | null>(null)
  const [decisions, setDecisions] = useState<Record<string, Decision>>({})
  const [result, setResult] = useState<ImportResult | null>(null)
  const [progress, setProgress] = useState<Progress>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (form: FormData) => {
    setBusy(true)
    setProblem(null)
    setProgress(null)
    try {
      return await send(form, setProgress)
    } catch (caught) {
      setProblem(caught instanceof TypeError ? 'The CMS could not be reached. Nothing was imported.' : (caught as Error).message)
      return null
    } finally {
      setBusy(false)
    }
  }

  async function previewFiles(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    files.current = form.getAll('files').filter((value): value is File => value instanceof File && value.size >= 0)
    form.set('dryRun', '1')
    setResult(null)
    const answer = await run(form)
    if (!answer) return
    setPreview(answer)
    const posts = answer.reports.filter((report): report is Post => report.ok)
    setDecisions(
      Object.fromEntries(
        posts.map((post) => [
          post.sourceKey,
          { include: post.action !== 'unchanged', title: post.titleNeeded ? '' : post.title, conditions: post.conditionFindings.filter((c) => c.linked).map((c) => c.id) },
        ]),
      ),
    )
  }

  async function importChosen() {
    if (!preview) return
    const form = new FormData()
    for (const file of files.current) form.append('files', file)
    const choices: Record<string, ImportChoice> = {}
    for (const post of preview.reports.filter((report): report is Post => report.ok)) {
      const decision = decisions[post.sourceKey]
      if (!decision) continue
      choices[post.sourceKey] = { include: decision.include, conditions: decision.conditions, ...(decision.title.trim() && decision.title !== post.title ? { title: decision.title } : {}) }
    }
    form.set('choices', JSON.stringify(choices))
    const answer = await run(form)
    if (answer) {
      setResult(answer)
      setPreview(null)
    }
  }

  const decide = (key: string, change: Partial<Decision>) => setDecisions((current) => ({ ...current, [key]: { ...current[key]!, ...change } }))
  const chosen = Object.values(decisions).filter((decision) => decision.include).length

  return (
    <div className="kat-import">
      <form onSubmit={previewFiles} style={{ display: 'grid', gap: '1rem', maxWidth: '40rem', margin: '1.5rem 0' }}>
        <label htmlFor="import-files">Posts (.txt, .html, .md) or a blog export (.xml)</label>
        <input
          id="import-files"
          name="files"
          type="file"
          multiple
          required
          accept=".txt,.text,.md,.markdown,.html,.htm,.xml,text/plain,text/html,text/markdown,application/xml,text/xml"
        />
        <div>
          <Button type="submit" disabled={busy}>
            {busy && !preview ? 'Reading…' : 'Preview'}
          </Button>
        </div>
      </form>
      {busy && progress ? (
        <p>
          <label htmlFor="import-progress">
            {preview ? 'Importing' : 'Reading'} {progress.done} of {progress.total}: {progress.title}
          </label>{' '}
          <progress id="import-progress" max={progress.total} value={progress.done} />
        </p>
      ) : null}
      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}

      {preview ? (
        <section aria-label="Import preview" data-import-preview>
          <h2 style={{ fontSize: '1.25rem' }}>Preview: nothing is saved until you import</h2>
          <ExportSummaries exports={preview.exports} />
          {preview.reports.map((report) =>
            report.ok ? (
              <article key={report.sourceKey + report.file} data-import-post style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '1rem 0' }}>
                <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', fontWeight: 600 }}>
                  <input
                    type="checkbox"
                    checked={decisions[report.sourceKey]?.include ?? false}
                    onChange={(event) => decide(report.sourceKey, { include: event.target.checked })}
                  />
                  Import “{report.titleNeeded ? report.file : report.title}”
                </label>
                <div style={{ display: 'grid', gap: '0.25rem', margin: '0.5rem 0', maxWidth: '40rem' }}>
                  <label htmlFor={`title-${report.sourceKey}`}>Title{report.titleNeeded ? ' (none found in the post: type one)' : ''}</label>
                  <input
                    id={`title-${report.sourceKey}`}
                    type="text"
                    value={decisions[report.sourceKey]?.title ?? ''}
                    onChange={(event) => decide(report.sourceKey, { title: event.target.value })}
                    style={{ padding: '0.4rem', font: 'inherit' }}
                  />
                  {report.titleSuggestions.length ? (
                    <p style={{ margin: 0 }}>
                      Suggestions:{' '}
                      {report.titleSuggestions.map((suggestion) => (
                        <button key={suggestion} type="button" onClick={() => decide(report.sourceKey, { title: suggestion })} style={{ margin: '0 0.25rem 0.25rem 0', minHeight: 24 }}>
                          {suggestion}
                        </button>
                      ))}
                    </p>
                  ) : null}
                </div>
                <fieldset style={{ border: 0, padding: 0, margin: '0.5rem 0' }}>
                  <legend>Conditions</legend>
                  {report.conditionFindings.length ? (
                    report.conditionFindings.map((finding) => (
                      <label key={finding.id} style={{ display: 'flex', gap: '0.5rem', alignItems: 'baseline' }}>
                        <input
                          type="checkbox"
                          checked={decisions[report.sourceKey]?.conditions.includes(finding.id) ?? false}
                          onChange={(event) => {
                            const current = decisions[report.sourceKey]?.conditions ?? []
                            decide(report.sourceKey, { conditions: event.target.checked ? [...current, finding.id] : current.filter((id) => id !== finding.id) })
                          }}
                        />
                        <span>
                          {finding.name} · “{finding.evidence}” ({finding.confidence === 'strong' ? 'named in the post' : 'partly named: check it'})
                        </span>
                      </label>
                    ))
                  ) : (
                    <p style={{ margin: 0 }}>None found.</p>
                  )}
                </fieldset>
                <PostDetails post={report} />
              </article>
            ) : (
              <p key={report.file} role="alert">
                <strong>Not imported:</strong> {report.error}
              </p>
            ),
          )}
          <Button onClick={() => void importChosen()} disabled={busy || chosen === 0}>
            {busy ? 'Importing…' : `Import ${chosen} selected ${chosen === 1 ? 'post' : 'posts'}`}
          </Button>
        </section>
      ) : null}

      {result ? (
        <section aria-label="Import report" data-import-report>
          <h2 style={{ fontSize: '1.25rem' }}>Imported</h2>
          <ExportSummaries exports={result.exports} />
          {result.reports.map((report) => (
            <article key={report.file} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '1rem 0' }}>
              {report.ok ? (
                <>
                  <h3 style={{ fontSize: '1.1rem', margin: 0 }}>
                    {report.articleId && report.action !== 'skipped' ? <a href={`/admin/collections/articles/${report.articleId}`}>{report.title}</a> : report.title}
                  </h3>
                  <p style={{ margin: '0.25rem 0' }}>
                    <strong>{ACTIONS[report.action] ?? report.action}</strong> · conditions: {report.conditions.join(', ') || 'none'}
                  </p>
                </>
              ) : (
                <p role="alert">
                  <strong>Not imported:</strong> {report.error}
                </p>
              )}
            </article>
          ))}
        </section>
      ) : null}
    </div>
  )
}
