'use client'

import { Button } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import type { ImportReport } from '../importPosts'

const ACTIONS: Record<string, string> = {
  created: 'Draft created',
  updated: 'Draft updated',
  unchanged: 'Unchanged: already imported',
  'new-draft-of-published': 'New draft beside the published article',
  'would-create': 'Would create a draft',
  'would-update': 'Would update the draft',
}

export function ImportPostsForm() {
  const [reports, setReports] = useState<ImportReport[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const response = await fetch('/api/articles/import', { method: 'POST', body: new FormData(event.currentTarget), credentials: 'include' })
      const body = (await response.json()) as { reports?: ImportReport[]; errors?: { message: string }[] }
      if (!response.ok) setProblem(body.errors?.[0]?.message ?? `The import failed (HTTP ${response.status}).`)
      setReports(body.reports ?? null)
    } catch {
      setProblem('The CMS could not be reached. Nothing was imported.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <form className="kat-import" onSubmit={submit} style={{ display: 'grid', gap: '1rem', maxWidth: '40rem', margin: '1.5rem 0' }}>
        <label htmlFor="import-files">Files (.txt, .html, .md)</label>
        <input id="import-files" name="files" type="file" multiple required accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" />
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input type="checkbox" name="dryRun" value="1" /> Dry run: show what would happen, change nothing
        </label>
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </Button>
        </div>
      </form>
      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}
      {reports ? (
        <section aria-label="Import report" data-import-report>
          {reports.map((report) => (
            <article key={report.file} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '1rem 0' }}>
              {report.ok ? (
                <>
                  <h2 style={{ fontSize: '1.1rem', margin: 0 }}>
                    {report.articleId ? <a href={`/admin/collections/articles/${report.articleId}`}>{report.title}</a> : report.title}
                  </h2>
                  <p style={{ margin: '0.25rem 0' }}>
                    <strong>{ACTIONS[report.action] ?? report.action}</strong> · {report.file} ({report.format})
                  </p>
                  <ul>
                    <li>Conditions: {report.conditions.join(', ') || 'none found'}</li>
                    <li>
                      {report.headings.length} headings, {report.paragraphs} paragraphs, {report.lists} lists
                    </li>
                    <li>Sources: {report.sources.length ? report.sources.map((source) => `${source.title} (${source.match})`).join('; ') : 'none'}</li>
                    <li>Disclaimer: {report.disclaimerFound ? 'found and left out (the platform’s disclaimers apply)' : 'none found'}</li>
                    {report.removed.length ? <li>Page furniture removed: {report.removed.length} lines</li> : null}
                    {report.warnings.map((warning) => (
                      <li key={warning}>⚠ {warning}</li>
                    ))}
                  </ul>
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
    </>
  )
}
