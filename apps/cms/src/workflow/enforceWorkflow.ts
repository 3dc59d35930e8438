import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'

import {
  changesContent,
  publishProblems,
  transitionProblem,
  type Actor,
  type FieldProblem,
  type PublishRuleOptions,
  type WorkflowStatus,
} from './rules'

type Doc = Record<string, unknown> & {
  workflowStatus?: WorkflowStatus | null
  workflowHistory?: unknown[] | null
  disclaimers?: unknown[] | null
  nextReviewDue?: string | null
}

const relationId = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * Enforces the editorial workflow on every save, whoever saves (admin, REST, GraphQL, Local API, jobs):
 * allowed transitions, four eyes, publish rules, approval voided by edits, the last disclaimer kept,
 * and a history entry for each status change.
 */
export function enforceWorkflow(collection: CollectionSlug, options: PublishRuleOptions): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req }) => {
    const original = operation === 'update' ? (originalDoc as Doc | undefined) : undefined
    const incoming = data as Doc
    const actor = req.user as Actor
    const from: WorkflowStatus = original?.workflowStatus ?? 'draft'
    const publishing = incoming._status === 'published'
    const contentChanged = changesContent(incoming, original)
    let to: WorkflowStatus = incoming.workflowStatus ?? from
    const problems: FieldProblem[] = []

    // Any edit voids an approval: approved content goes back to review, a published one becomes a new draft.
    if (contentChanged && operation === 'update' && to === from && !publishing) {
      if (from === 'approved') to = 'in-review'
      if (from === 'published') to = 'draft'
    }

    const merged: Doc = { ...original, ...incoming }
    if (publishing) {
      const approved = (from === 'approved' && !contentChanged) || (from === 'published' && !contentChanged)
      if (!approved) {
        problems.push({
          path: 'workflowStatus',
          message:
            from === 'approved' || from === 'published'
              ? 'Publish: the content changed since it was approved; send it for review again.'
              : `Publish: a reviewer must approve it first (it is "${from}").`,
        })
      }
      problems.push(...publishProblems(merged, options))
      to = 'published'
    } else if (to === 'published' && from !== 'published') {
      problems.push({ path: 'workflowStatus', message: 'Use Publish to publish; the status follows.' })
    } else {
      const problem = transitionProblem({
        from,
        to,
        actor,
        contentChanged,
        authors: [merged.author, merged.submittedBy, merged.lastEditedBy],
      })
      if (problem) problems.push({ path: 'workflowStatus', message: problem })
    }

    // The last disclaimer cannot be removed (publishing needs one; drafts keep theirs too).
    if (options.requiresDisclaimer && original?.disclaimers?.length && Array.isArray(incoming.disclaimers) && incoming.disclaimers.length === 0) {
      problems.push({ path: 'disclaimers', message: 'Disclaimers: the last disclaimer cannot be removed; add another first.' })
    }

    if (problems.length) throw new ValidationError({ collection, errors: problems, req })

    const now = new Date()
    if (contentChanged && actor) incoming.lastEditedBy = actor.id
    if (to === 'in-review' && from !== 'in-review' && actor && incoming.workflowStatus === 'in-review') incoming.submittedBy = actor.id
    if (to === 'approved' && from !== 'approved' && actor) {
      const { name, credentials } = actor as { name?: string; credentials?: string | null }
      incoming.reviewer = actor.id
      incoming.reviewedBy = [name, credentials].filter(Boolean).join(', ') || null
      incoming.lastReviewed = now.toISOString()
      if (!merged.nextReviewDue) incoming.nextReviewDue = new Date(now.getTime() + ONE_YEAR_MS).toISOString()
    }
    incoming.workflowStatus = to

    const history = Array.isArray(original?.workflowHistory) ? [...original.workflowHistory] : []
    if (to !== from || operation === 'create') {
      history.push({
        from: operation === 'create' ? null : from,
        to,
        by: actor ? relationId(actor.id) : null,
        at: now.toISOString(),
        note: typeof incoming.workflowNote === 'string' && incoming.workflowNote.trim() ? incoming.workflowNote.trim() : null,
      })
    }
    // History is append-only: whatever a client sent is replaced by the stored entries.
    incoming.workflowHistory = history
    incoming.workflowNote = null

    const due = (incoming.nextReviewDue ?? merged.nextReviewDue) as string | null | undefined
    incoming.reviewOverdue = Boolean(due && new Date(due).getTime() < now.getTime())
    return incoming
  }
}
