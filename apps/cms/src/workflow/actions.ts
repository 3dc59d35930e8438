/**
 * What the document header shows: one combined status, and the workflow actions this user may take.
 * Pure and free of server imports, so the admin's client components and the tests share it. The
 * server enforces the same rules on every save (enforceWorkflow.ts); this only decides what to offer.
 */
import type { Role, WorkflowStatus } from './rules'

type Id = number | string
type HistoryEntry = { from?: string | null; to?: string | null; by?: unknown; note?: string | null }

export type WorkflowView = {
  workflowStatus: WorkflowStatus
  /** A published version exists (it may differ from the latest draft). */
  hasPublishedVersion: boolean
  lastHistoryEntry?: HistoryEntry | null
  /** Set by the server when a reviewer sent someone else's work back (not on a withdrawal); see enforceWorkflow. */
  changesRequested?: boolean | null
  /** Author, whoever sent it for review, whoever last edited it: they cannot approve it. */
  authors: unknown[]
}

export type CombinedStatus = 'draft' | 'in-review' | 'changes-requested' | 'approved' | 'published' | 'published-pending'

export const COMBINED_STATUS_LABELS: Record<CombinedStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  'published-pending': 'Published, with changes pending',
}

/** A draft a reviewer sent back, as the lists and the dashboard also say it (the server's flag). */
export const changesRequested = (view: Pick<WorkflowView, 'workflowStatus' | 'changesRequested'>): boolean =>
  view.workflowStatus === 'draft' && Boolean(view.changesRequested)

export function combinedStatus(view: WorkflowView): CombinedStatus {
  if (view.workflowStatus === 'published') return 'published'
  if (view.hasPublishedVersion) return 'published-pending'
  if (changesRequested(view)) return 'changes-requested'
  return view.workflowStatus
}

const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : ((value as Id | null | undefined) ?? undefined)

export type WorkflowAction = 'send-for-review' | 'approve' | 'request-changes' | 'withdraw'
export type OfferedAction = { action: WorkflowAction; enabled: boolean; reason?: string }

/** The actions to offer a user on a document; a disabled one says why, so nobody wonders. */
export function offeredActions(user: { id: Id; roles?: Role[] | null } | null | undefined, view: WorkflowView): OfferedAction[] {
  if (!user) return []
  const roles = user.roles ?? []
  const isStaff = roles.some((role) => role === 'admin' || role === 'editor' || role === 'reviewer')
  if (!isStaff) return []
  const ownWork = view.authors.some((author) => idOf(author) !== undefined && String(idOf(author)) === String(user.id))
  const status = view.workflowStatus
  if (status === 'draft') return [{ action: 'send-for-review', enabled: true }]
  if (status === 'in-review') {
    const actions: OfferedAction[] = []
    if (roles.includes('reviewer')) {
      const reason = ownWork ? 'You worked on this document; another reviewer must approve it (four eyes).' : undefined
      actions.push({ action: 'approve', enabled: !ownWork, reason }, { action: 'request-changes', enabled: !ownWork, reason })
    }
    if (ownWork || !roles.includes('reviewer')) actions.push({ action: 'withdraw', enabled: true })
    return actions
  }
  return []
}

/** The save each action makes: the status it asks for; the note goes with it, so it cannot be lost. */
export const ACTION_STATUS: Record<WorkflowAction, WorkflowStatus> = {
  'send-for-review': 'in-review',
  approve: 'approved',
  'request-changes': 'draft',
  withdraw: 'draft',
}

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  'send-for-review': 'Send for review',
  approve: 'Approve',
  'request-changes': 'Request changes',
  withdraw: 'Withdraw from review',
}

/** Request changes needs a note: the editor must know what to change. */
export const NOTE_REQUIRED: Record<WorkflowAction, boolean> = { 'send-for-review': false, approve: false, 'request-changes': true, withdraw: false }
