import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { hasRole } from '../access'
import { workflowSaveKey, type WorkflowSaveRecord } from '../collections/AuditLog/hooks/recordAudit'
import { contentFingerprint, NOT_REVIEWED_FIELDS, overlayLocale } from './fingerprint'
import { missingSourceTexts, TRANSLATION_LOCALE, translationAfterSave, type TranslationState } from './translation'
import {
  addMonths,
  changesContent,
  nextReviewProblem,
  publishProblems,
  reviewDueFlags,
  transitionProblem,
  type Actor,
  type FieldProblem,
  type PublishRuleOptions,
  type WorkflowStatus,
} from './rules'

type Doc = Record<string, unknown> & {
  id?: number | string
  _status?: 'draft' | 'published' | null
  workflowStatus?: WorkflowStatus | null
  workflowHistory?: unknown[] | null
  disclaimers?: unknown[] | null
  nextReviewDue?: string | null
  approvedFingerprint?: string | null
  publishedFingerprint?: string | null
}

const relationId = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** The default and the longest time until the next review, unless the site settings say otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/** Fields a client sends as a request to the workflow (the status wanted, its note); the rest is the server's. */
const CLIENT_REQUEST_FIELDS = new Set(['id', '_status', 'workflowStatus', 'workflowNote', 'createdAt', 'updatedAt', 'deletedAt'])
const SERVER_WRITTEN_FIELDS = [...NOT_REVIEWED_FIELDS].filter((field) => !CLIENT_REQUEST_FIELDS.has(field))

const draftFlagKey = (collection: string) => `workflow:draft:${collection}`
const sentStatusKey = (collection: string) => `workflow:sentStatus:${collection}`
const requestedNextReviewKey = (collection: string) => `workflow:nextReviewDue:${collection}`

/**
 * Remembers whether this operation saves a draft (a version only) or writes the live document, and the
 * `_status` the client itself sent: the change hooks are told neither, and by then Payload has filled
 * `_status` in, so an unpublish would look like any other save.
 */
export const rememberDraftFlag =
  (collection: CollectionSlug): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
      const { draft, data } = args as { draft?: boolean; data?: { _status?: unknown } }
      req.context[draftFlagKey(collection)] = Boolean(draft)
      req.context[sentStatusKey(collection)] = data && typeof data === 'object' ? data._status : undefined
    }
    return args
  }

/**
 * Review bookkeeping is written by the server only, whoever saves (admin, REST, GraphQL, Local API with
 * overrideAccess): any value a client sends is replaced by the stored one before the other hooks run.
 * A next-review date sent with an approval is kept aside; the workflow checks it against the policy.
 */
export const keepServerBookkeeping =
  (collection: CollectionSlug): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const incoming = data as Doc
    const original = originalDoc as Doc | undefined
    // The admin sends the stored date back with every save: only a different one is a request.
    const sameDate = (a: unknown, b: unknown) => (a ? new Date(a as string).getTime() : null) === (b ? new Date(b as string).getTime() : null)
    req.context[requestedNextReviewKey(collection)] =
      incoming.nextReviewDue && !sameDate(incoming.nextReviewDue, original?.nextReviewDue) ? incoming.nextReviewDue : undefined
    for (const field of SERVER_WRITTEN_FIELDS) {
      if (!(field in incoming)) continue
      if (original && field in original) incoming[field] = original[field]
      else delete incoming[field]
    }
    if (req.context.isRestoringVersion) {
      // A restored version brings its own old status and note; what it asks for is a restore, nothing more.
      incoming.workflowStatus = original?.workflowStatus ?? 'draft'
      incoming.workflowNote = null
    }
    return incoming
  }

async function reviewIntervalMonths(req: PayloadRequest): Promise<number> {
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req }).catch(() => null)) as {
    reviewPolicy?: { intervalMonths?: number | null } | null
  } | null
  return settings?.reviewPolicy?.intervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS
}

/** The document as this save would leave it, in every locale. */
async function docAfterSave(collection: SanitizedCollectionConfig, id: number | string | undefined, incoming: Doc, req: PayloadRequest): Promise<Doc> {
  const { locale, fallbackLocale } = req
  if (id === undefined) return overlayLocale({}, incoming, collection.flattenedFields, locale ?? 'en')
  let stored: Doc
  try {
    stored = (await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })) as unknown as Doc
  } finally {
    // The read sets `locale: 'all'` on the shared request; the rest of this save is in the request's locale.
    Object.assign(req, { locale, fallbackLocale })
  }
  return overlayLocale(stored, incoming, collection.flattenedFields, locale ?? 'en')
}

/** What the live (main) document's status is now; drafts are saved beside it as versions. */
async function liveStatus(collection: CollectionSlug, id: number | string, req: PayloadRequest) {
  const live = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as Doc | null
  return live?._status ?? null
}

type SaveKind = 'create' | 'draft' | 'publish' | 'unpublish' | 'restore'

/** A reviewer sending someone else's work in review back to draft asks for changes (their own is a withdrawal). */
function requestsChanges(from: WorkflowStatus, to: WorkflowStatus, actor: Actor, doc: Doc): boolean {
  if (from !== 'in-review' || to !== 'draft' || !actor || !hasRole(actor, 'reviewer')) return false
  return ![doc.author, doc.submittedBy, doc.lastEditedBy].some((person) => String(relationId(person)) === String(actor.id))
}

/**
 * Enforces the editorial workflow on every save, whoever saves (admin, REST, GraphQL, Local API, jobs):
 * allowed transitions, four eyes, approval pinned to a fingerprint of the content, publish rules, the
 * approval voided by any edit, the last disclaimer kept, and a history entry for each status change.
 */
export function enforceWorkflow(slug: CollectionSlug, options: PublishRuleOptions): CollectionBeforeChangeHook {
  return async ({ collection, data, originalDoc, operation, req }) => {
    const original = operation === 'update' ? (originalDoc as Doc | undefined) : undefined
    const incoming = data as Doc
    const actor = req.user as Actor
    const from: WorkflowStatus = original?.workflowStatus ?? 'draft'
    const contentChanged = changesContent(incoming, original, collection.flattenedFields)
    const savesDraft = req.context[draftFlagKey(slug)] === true
    const problems: FieldProblem[] = []
    // Read once, when a rule needs the whole document as saved (publish, approval, the translation).
    let saved: Doc | undefined
    const afterSave = async () => (saved ??= await docAfterSave(collection, original?.id, incoming, req))

    let kind: SaveKind = 'draft'
    if (operation === 'create') kind = incoming._status === 'published' ? 'publish' : 'create'
    // A restore as draft carries the old version's status; Payload saves it as a draft all the same.
    else if (req.context.isRestoringVersion && savesDraft) kind = 'restore'
    else if (incoming._status === 'published') kind = 'publish'
    else if (!savesDraft && original?.id !== undefined && (await liveStatus(slug, original.id, req)) === 'published') {
      // Writing the live document: only Unpublish (the status "draft" and nothing else) may do that
      // without a review.
      const sentStatus = req.context[sentStatusKey(slug)]
      if ((sentStatus === 'draft' && !contentChanged) || req.context.isRestoringVersion) kind = 'unpublish'
      else {
        problems.push({
          path: 'workflowStatus',
          message: 'Save: published content changes only through a draft and a review; save it as a draft or publish an approved version.',
        })
      }
    }

    let to: WorkflowStatus = incoming.workflowStatus ?? from
    // Any edit voids an approval: approved content goes back to review, a published one becomes a new draft.
    if (contentChanged && operation === 'update' && to === from && kind !== 'publish') {
      if (from === 'approved') to = 'in-review'
      if (from === 'published') to = 'draft'
    }
    if (kind === 'restore' && from === 'published') to = 'draft'

    const merged: Doc = { ...original, ...incoming }
    let fingerprint: string | undefined
    if (kind === 'publish') {
      if (req.context.isRestoringVersion) {
        problems.push({
          path: 'workflowStatus',
          message: 'Restore: restore it as a draft and send it for review; an earlier version is not published again without review.',
        })
      } else if (operation === 'create') {
        problems.push({ path: 'workflowStatus', message: 'Publish: a reviewer must approve it first (it is "draft").' })
      } else {
        fingerprint = contentFingerprint(await afterSave(), collection.flattenedFields)
        const approvedThis = from === 'approved' && fingerprint === original?.approvedFingerprint
        if (!approvedThis) {
          problems.push({
            path: 'workflowStatus',
            message:
              from === 'approved'
                ? 'Publish: the content changed since it was approved; send it for review again.'
                : from === 'published'
                  ? 'Publish: this version is already live; there is nothing new to publish.'
                  : `Publish: a reviewer must approve it first (it is "${from}").`,
          })
        }
      }
      problems.push(...publishProblems(merged, options))
      if (operation === 'update') {
        for (const path of missingSourceTexts(await afterSave(), collection.flattenedFields)) {
          problems.push({ path, message: `Publish: write the English ${path} first; the Spanish text is published as its translation.` })
        }
      }
      to = 'published'
    } else if (kind === 'unpublish') {
      to = 'draft'
    } else if (to === 'published' && from !== 'published') {
      problems.push({ path: 'workflowStatus', message: 'Use Publish to publish; the status follows.' })
    } else if (to === 'published') {
      // Staying "published" is only true of the live version itself; a new draft of it is a draft.
      if (contentChanged) to = 'draft'
    } else {
      const problem = transitionProblem({
        from,
        to,
        actor,
        contentChanged,
        authors: [merged.author, merged.submittedBy, merged.lastEditedBy],
      })
      if (problem) problems.push({ path: 'workflowStatus', message: problem })
      if (requestsChanges(from, to, actor, merged) && !(typeof incoming.workflowNote === 'string' && incoming.workflowNote.trim())) {
        problems.push({ path: 'workflowNote', message: 'Request changes: say what should change; the note is required.' })
      }
    }

    const now = new Date()
    let nextReviewDue: string | undefined
    if (to === 'approved' && from !== 'approved' && !problems.length) {
      const maxMonths = await reviewIntervalMonths(req)
      const requested = req.context[requestedNextReviewKey(slug)] as string | undefined
      const problem = nextReviewProblem(requested, now, maxMonths)
      if (problem) problems.push({ path: 'nextReviewDue', message: problem })
      nextReviewDue = requested && !problem ? new Date(requested).toISOString() : addMonths(now, maxMonths).toISOString()
    }

    // The last disclaimer cannot be removed (publishing needs one; drafts keep theirs too).
    if (options.requiresDisclaimer && original?.disclaimers?.length && Array.isArray(incoming.disclaimers) && incoming.disclaimers.length === 0) {
      problems.push({ path: 'disclaimers', message: 'Disclaimers: the last disclaimer cannot be removed; add another first.' })
    }

    if (problems.length) throw new ValidationError({ collection: slug, errors: problems, req })

    if (contentChanged && actor && kind !== 'unpublish') incoming.lastEditedBy = actor.id
    if (to === 'in-review' && from !== 'in-review' && actor && incoming.workflowStatus === 'in-review') incoming.submittedBy = actor.id
    if (to === 'approved' && from !== 'approved' && actor) {
      const { name, credentials } = actor as { name?: string; credentials?: string | null }
      incoming.reviewer = actor.id
      incoming.reviewedBy = [name, credentials].filter(Boolean).join(', ') || null
      incoming.lastReviewed = now.toISOString()
      incoming.nextReviewDue = nextReviewDue
      incoming.approvedFingerprint = contentFingerprint(await afterSave(), collection.flattenedFields)
    } else if (to === 'published') {
      if (fingerprint) incoming.publishedFingerprint = fingerprint
    } else {
      // Anything but approved or published: no approval stands.
      incoming.approvedFingerprint = null
    }
    if (kind === 'unpublish') incoming.publishedFingerprint = null
    if (collection.flattenedFields.some((field) => field.name === 'translationOutOfDate')) {
      const approval =
        to === 'approved' && from !== 'approved' && actor
          ? { reviewer: (incoming.reviewedBy as string | null) ?? null, at: now.toISOString(), inTranslationLocale: req.locale === TRANSLATION_LOCALE }
          : undefined
      const stored = original as TranslationState | undefined
      // Only an approval, or a content change to a reviewed translation, can change the bookkeeping:
      // any other save (every autosave of an untranslated draft, status steps) keeps the stored values
      // without reading the whole document again.
      if (approval || (contentChanged && stored?.sourceFingerprint)) {
        Object.assign(incoming, translationAfterSave(await afterSave(), collection.flattenedFields, stored, approval))
      }
    }
    incoming.workflowStatus = to
    const live = original?.publishedFingerprint ?? null
    const record: WorkflowSaveRecord = { kind, before: live, after: kind === 'publish' ? (fingerprint ?? null) : kind === 'unpublish' ? null : live }
    req.context[workflowSaveKey(slug)] = record

    const history = Array.isArray(original?.workflowHistory) ? [...original.workflowHistory] : []
    if (to !== from || operation === 'create' || kind === 'unpublish') {
      const note = typeof incoming.workflowNote === 'string' && incoming.workflowNote.trim() ? incoming.workflowNote.trim() : null
      history.push({
        from: operation === 'create' ? null : from,
        to,
        by: actor ? relationId(actor.id) : null,
        at: now.toISOString(),
        note: kind === 'unpublish' ? ['Unpublished.', note].filter(Boolean).join(' ') : kind === 'restore' ? ['Earlier version restored.', note].filter(Boolean).join(' ') : note,
      })
    }
    // History is append-only: whatever a client sent is replaced by the stored entries.
    incoming.workflowHistory = history
    incoming.workflowNote = null

    // Marked for the lists and the dashboard until the next status change answers it.
    if (to !== from || kind === 'unpublish') incoming.changesRequested = requestsChanges(from, to, actor, merged)

    const due = (incoming.nextReviewDue ?? merged.nextReviewDue) as string | null | undefined
    Object.assign(incoming, reviewDueFlags(due, now))
    return incoming
  }
}
