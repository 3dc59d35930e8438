import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  FlattenedField,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { contentFingerprint } from '../../../workflow/fingerprint'
import { DISCARDED_UNTOUCHED } from '../../../workflow/leave/leaveEndpoint'
import type { AuditAction } from '..'

type Entry = {
  action: AuditAction
  summary: string
  targetCollection: string
  targetId?: string | number | null
  fingerprintBefore?: string | null
  fingerprintAfter?: string | null
  details?: Record<string, unknown>
}

/** The workflow's verdict on a save, handed to the audit hooks (see workflow/enforceWorkflow.ts). */
export type WorkflowSaveRecord = { kind: string; before: string | null; after: string | null }
export const workflowSaveKey = (collection: string) => `workflow:save:${collection}`

async function record(req: PayloadRequest, entry: Entry) {
  const user = req.user as { id: number; name?: string; email?: string } | null | undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
      at: new Date().toISOString(),
      user: user?.id ?? null,
      userName: user ? [user.name, user.email && `<${user.email}>`].filter(Boolean).join(' ') : 'System (scheduled job)',
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.slug ?? `#${String(doc.id)}`)

/** "citation", "article": the collection's singular label where it is plain text. */
const singularOf = (config: { slug: string; labels?: { singular?: unknown } }) =>
  typeof config.labels?.singular === 'string' ? config.labels.singular.toLowerCase() : config.slug

const ACTION_WORDS: Partial<Record<string, string>> = { publish: 'Published', unpublish: 'Unpublished', restore: 'Restored an earlier version of' }

/** Publish, unpublish, version restore and delete of a reviewed document. */
export function auditContent(collection: CollectionSlug) {
  const afterChange: CollectionAfterChangeHook = async ({ collection: config, doc, req }) => {
    const save = req.context[workflowSaveKey(collection)] as WorkflowSaveRecord | undefined
    req.context[workflowSaveKey(collection)] = undefined
    const words = save && ACTION_WORDS[save.kind]
    if (!save || !words) return doc
    await record(req, {
      action: save.kind as AuditAction,
      summary: `${words} ${singularOf(config)} "${titleOf(doc)}"`,
      targetCollection: collection,
      targetId: doc.id,
      fingerprintBefore: save.before,
      fingerprintAfter: save.after,
    })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection: config, context, doc, req }) => {
    // The empty draft that opening "Create New" made, discarded unused: nothing was ever written.
    if (context[DISCARDED_UNTOUCHED]) return doc
    await record(req, {
      action: 'delete',
      summary: `Deleted ${singularOf(config)} "${titleOf(doc)}"${doc._status === 'published' ? ' (it was published)' : ''}`,
      targetCollection: collection,
      targetId: doc.id,
      fingerprintBefore: (doc.publishedFingerprint as string | null | undefined) ?? null,
      fingerprintAfter: null,
    })
    return doc
  }
  return { afterChange, afterDelete }
}

const sameRoles = (a: unknown, b: unknown) => JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort())

/** Every change of someone's roles, including accounts created or deleted with roles. */
export const auditRoleChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? [] : (previousDoc?.roles ?? [])
  if (sameRoles(before, doc.roles)) return doc
  await record(req, {
    action: 'role-change',
    summary: `Roles of ${String(doc.email)}: ${before.length ? before.join(', ') : 'none'} → ${(doc.roles ?? []).join(', ') || 'none'}`,
    targetCollection: 'users',
    targetId: doc.id,
    details: { before, after: doc.roles ?? [] },
  })
  return doc
}

export const auditUserDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await record(req, {
    action: 'role-change',
    summary: `Account ${String(doc.email)} deleted (roles ${(doc.roles ?? []).join(', ') || 'none'})`,
    targetCollection: 'users',
    targetId: doc.id,
    details: { before: doc.roles ?? [], after: [] },
  })
  return doc
}

const SETTINGS_BOOKKEEPING = new Set(['id', 'globalType', 'createdAt', 'updatedAt'])

/** Every change of a global (site name, crisis help lines, review policy…), with the values before and after. */
export const auditGlobalChanges =
  (slug: string): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req, global }) => {
    const fields = global.flattenedFields as FlattenedField[]
    const keys = fields.map((field) => field.name).filter((name) => name && !SETTINGS_BOOKKEEPING.has(name))
    const changed = keys.filter((key) => JSON.stringify(previousDoc?.[key] ?? null) !== JSON.stringify(doc?.[key] ?? null))
    if (!changed.length) return doc
    const pick = (source: Record<string, unknown> | undefined) => Object.fromEntries(changed.map((key) => [key, source?.[key] ?? null]))
    await record(req, {
      action: 'settings-change',
      summary: `Changed ${typeof global.label === 'string' ? global.label : slug}: ${changed.join(', ')}`,
      targetCollection: slug,
      fingerprintBefore: previousDoc ? contentFingerprint(previousDoc, fields) : null,
      fingerprintAfter: contentFingerprint(doc, fields),
      details: { before: pick(previousDoc), after: pick(doc) },
    })
    return doc
  }
