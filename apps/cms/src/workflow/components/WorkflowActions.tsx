'use client'

import { Button, toast, useAuth, useConfig, useFormModified } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import {
  ACTION_LABELS,
  ACTION_STATUS,
  NOTE_REQUIRED,
  offeredActions,
  type WorkflowAction,
} from '../actions'
import type { Role } from '../rules'
import { showRefusal } from './refusals'
import { useWorkflowView } from './useWorkflowView'

type ErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }

/** The rules a refused save names, in the words of the workflow (rules.ts), else the error's own text. */
const refusalOf = (body: ErrorBody, status: number): string[] => {
  const rules = (body.errors ?? []).flatMap((error) => error.data?.errors?.map((rule) => rule.message ?? '') ?? [error.message ?? ''])
  const messages = rules.filter(Boolean)
  return messages.length ? messages : [`The CMS refused the step (HTTP ${status}).`]
}

/**
 * The workflow as buttons in the document header: Send for review, Approve, Request changes, each with
 * its note in the same dialog, so the note is part of the step and cannot be lost to an autosave. Only
 * the steps this user may take are offered; the server checks them again.
 */
export function WorkflowActions() {
  const view = useWorkflowView()
  const { user } = useAuth()
  const modified = useFormModified()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const dialog = useRef<HTMLDialogElement>(null)
  const [action, setAction] = useState<WorkflowAction | null>(null)
  const [note, setNote] = useState('')
  const [nextReview, setNextReview] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const noteId = useId()
  const problemId = useId()

  if (view.id === undefined || !view.collectionSlug) return null
  const actions = offeredActions(user as { id: number; roles?: Role[] } | null, view)

  const open = (chosen: WorkflowAction) => {
    setAction(chosen)
    setNote('')
    setNextReview('')
    setProblems([])
    dialog.current?.showModal()
  }

  async function submit() {
    if (!action) return
    if (NOTE_REQUIRED[action] && !note.trim()) {
      setProblems(['Say what should change: the note is required.'])
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${serverURL ?? ''}${api}/${view.collectionSlug}/${view.id}?draft=true&depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          workflowStatus: ACTION_STATUS[action],
          workflowNote: note.trim() || null,
          ...(action === 'approve' && nextReview ? { nextReviewDue: new Date(`${nextReview}T12:00:00Z`).toISOString() } : {}),
        }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as ErrorBody
        const refusal = refusalOf(body, response.status)
        showRefusal(`${view.collectionSlug}:${view.id}`, body.errors?.flatMap((error) => error.data?.errors ?? []) ?? [])
        setProblems(refusal)
        toast.error(refusal.join(' '))
        return
      }
      toast.success(`${ACTION_LABELS[action]}: done.`)
      dialog.current?.close()
      // The whole edit view reflects the new status (header, sidebar, history, publish button).
      window.location.reload()
    } catch {
      setProblems(['The CMS could not be reached; nothing changed. Try again.'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="workflow-actions" style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', whiteSpace: 'nowrap' }}>
      {actions.map(({ action: offered, enabled, reason }) => (
        <Button
          key={offered}
          buttonStyle={offered === 'approve' ? 'primary' : 'secondary'}
          size="medium"
          margin={false}
          disabled={!enabled || modified}
          tooltip={modified ? 'Save your changes first.' : reason}
          onClick={() => open(offered)}
        >
          {ACTION_LABELS[offered]}
        </Button>
      ))}
      <dialog
        ref={dialog}
        aria-labelledby={`${noteId}-title`}
        style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1.5rem', maxWidth: '32rem', width: '100%', background: 'var(--theme-bg)', color: 'var(--theme-text)' }}
      >
        {/* No <form>: the edit view is one already, and a nested form would submit Payload's save. */}
        <div style={{ display: 'grid', gap: '0.75rem' }}>
          <h2 id={`${noteId}-title`} style={{ margin: 0 }}>
            {action ? ACTION_LABELS[action] : ''}
          </h2>
          <label htmlFor={noteId}>
            {action && NOTE_REQUIRED[action] ? 'What should change (required)' : 'Note for the history (optional)'}
          </label>
          <textarea
            id={noteId}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={4}
            aria-required={Boolean(action && NOTE_REQUIRED[action])}
            aria-describedby={problems.length ? problemId : undefined}
            style={{ width: '100%', font: 'inherit' }}
          />
          {action === 'approve' ? (
            <>
              <label htmlFor={`${noteId}-next`}>Next review (optional: one review interval ahead unless you pick an earlier date)</label>
              <input id={`${noteId}-next`} type="date" value={nextReview} onChange={(event) => setNextReview(event.target.value)} />
            </>
          ) : null}
          {problems.length ? (
            <div id={problemId} role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {problems.map((problem) => (
                <p key={problem} style={{ margin: 0 }}>
                  {problem}
                </p>
              ))}
            </div>
          ) : null}
          <div style={{ display: 'flex', gap: '0.5rem', justifyContent: 'flex-end' }}>
            <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => dialog.current?.close()} disabled={busy}>
              Cancel
            </Button>
            <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} onClick={() => void submit()}>
              {action ? ACTION_LABELS[action] : 'Confirm'}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  )
}
