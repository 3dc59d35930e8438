import type { FlattenedField } from 'payload'

import { normalise, NOT_REVIEWED_FIELDS } from './fingerprint'
import { STATUS_LABELS, type WorkflowStatus } from './statuses'

/**
 * The editorial workflow as pure functions: draft → in review → approved → published.
 * Only a reviewer approves, never their own work; publishing needs approval and complete review data.
 */
export { STATUS_LABELS, WORKFLOW_STATUSES, type WorkflowStatus } from './statuses'

export type Role = 'admin' | 'editor' | 'reviewer'
export type Actor = { id: number | string; roles?: Role[] | null } | null | undefined
export type FieldProblem = { path: string; message: string }

type Id = number | string
const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id | undefined) ?? undefined

export type TransitionInput = {
  from: WorkflowStatus
  to: WorkflowStatus
  actor: Actor
  /** Whether this save changes the content (anything but workflow bookkeeping). */
  contentChanged: boolean
  /** People whose work the document is: author, whoever sent it for review, whoever last edited it. */
  authors: unknown[]
}

/** Why a requested status change is not allowed, or undefined when it is. */
export function transitionProblem({ from, to, actor, contentChanged, authors }: TransitionInput): string | undefined {
  if (from === to) return undefined
  const roles = actor?.roles ?? []
  if (to === 'published') return 'Use Publish to publish; the status follows.'
  if (!actor) return 'Workflow: only a signed-in user can change the status.'
  if (to === 'approved') {
    if (from !== 'in-review') return `Approve: only content in review can be approved (status is "${STATUS_LABELS[from]}").`
    if (!roles.includes('reviewer')) return 'Approve: only a clinical reviewer can approve.'
    if (authors.some((author) => idOf(author) !== undefined && String(idOf(author)) === String(actor.id))) {
      return 'Approve: you cannot approve your own work (four eyes); another reviewer must approve it.'
    }
    if (contentChanged) return 'Approve: save your edits first and send them for review; approval covers content someone else wrote.'
    return undefined
  }
  if (!roles.some((role) => role === 'admin' || role === 'editor' || role === 'reviewer')) {
    return 'Workflow: you do not have permission to change the status.'
  }
  return undefined
}

export type PublishRuleOptions = {
  /** Articles and conditions carry disclaimers; at least one is required to publish. */
  requiresDisclaimer: boolean
  /** Patient articles must cite at least one source. */
  requiresCitation?: (doc: Record<string, unknown>) => boolean
}


const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** Every rule a publish breaks, each naming its field: the editor sees all of them at once. */
export function publishProblems(doc: Record<string, unknown>, options: PublishRuleOptions): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (isBlank(doc.reviewer)) problems.push({ path: 'reviewer', message: 'Publish: a clinical reviewer must be named.' })
  if (isBlank(doc.lastReviewed)) problems.push({ path: 'lastReviewed', message: 'Publish: the last-reviewed date is missing.' })
  if (options.requiresDisclaimer && isBlank(doc.disclaimers)) {
    problems.push({ path: 'disclaimers', message: 'Publish: at least one disclaimer must be attached.' })
  }
  if (options.requiresCitation?.(doc) && isBlank(doc.citations)) {
    problems.push({ path: 'citations', message: 'Publish: articles for patients must cite at least one source.' })
  }
  return problems
}

/** True when the incoming data changes any reviewable field of the stored document (in this locale). */
export function changesContent(
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
  fields: readonly FlattenedField[],
): boolean {
  if (!original) return true
  const byName = new Map(fields.map((field) => [field.name, field]))
  return Object.keys(data).some((key) => {
    if (NOT_REVIEWED_FIELDS.has(key) || data[key] === undefined) return false
    const field = byName.get(key)
    const list = field ? [field] : []
    return JSON.stringify(normalise({ [key]: data[key] }, list)) !== JSON.stringify(normalise({ [key]: original[key] }, list))
  })
}

/** Latest date a reviewer may set for the next review, from the site's review policy. */
export function nextReviewProblem(requested: string | null | undefined, now: Date, maxMonths: number): string | undefined {
  if (!requested) return undefined
  const date = new Date(requested)
  if (Number.isNaN(date.getTime())) return 'Next review: not a valid date.'
  if (date.getTime() <= now.getTime()) return 'Next review: choose a date in the future.'
  if (date.getTime() > addMonths(now, maxMonths).getTime()) {
    return `Next review: at most ${maxMonths} months ahead (the review policy in Site settings).`
  }
  return undefined
}

/** How far ahead "due for review" looks, on the dashboard and in the saved list views. */
export const REVIEW_DUE_SOON_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** The review-date flags a document carries: past its next review, or due within REVIEW_DUE_SOON_DAYS. */
export function reviewDueFlags(nextReviewDue: string | null | undefined, now: Date): { reviewOverdue: boolean; reviewDueSoon: boolean } {
  const due = nextReviewDue ? new Date(nextReviewDue).getTime() : Number.NaN
  if (Number.isNaN(due)) return { reviewOverdue: false, reviewDueSoon: false }
  const overdue = due < now.getTime()
  return { reviewOverdue: overdue, reviewDueSoon: !overdue && due < now.getTime() + REVIEW_DUE_SOON_DAYS * DAY_MS }
}

export const addMonths = (date: Date, months: number): Date => {
  const result = new Date(date)
  result.setUTCMonth(result.getUTCMonth() + months)
  return result
}
