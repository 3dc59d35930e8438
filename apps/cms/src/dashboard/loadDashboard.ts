import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { Role } from '../access'
import { VIEWS, viewsFor, whereQueryString, type ViewDefinition, type ViewKey } from './views'

/** How many documents each view lists by name; the count and the list links cover the rest. */
export const LISTED_PER_VIEW = 5

type Person = { id: number | string; name?: string | null } | number | string | null | undefined

type HistoryEntry = { from?: string | null; to?: string | null; by?: Person; at?: string | null; note?: string | null }

type Row = Record<string, unknown> & {
  id: number | string
  updatedAt?: string
  nextReviewDue?: string | null
  readingGrade?: number | null
  submittedBy?: Person
  workflowHistory?: HistoryEntry[] | null
}

export type ListedDocument = {
  collection: CollectionSlug
  id: number | string
  title: string
  url: string
  updatedAt?: string
  nextReviewDue?: string | null
  readingGrade?: number | null
  submittedBy?: string
  /** The reviewer's request, for a draft sent back: who asked, when, and what. */
  request?: { by?: string; at?: string | null; note?: string | null }
}

export type DashboardView = {
  key: ViewKey
  title: string
  description: string
  detail: ViewDefinition['detail']
  total: number
  lists: { collection: CollectionSlug; label: string; count: number; url: string }[]
  documents: ListedDocument[]
}

const nameOf = (person: Person) => (person && typeof person === 'object' ? (person.name ?? undefined) : undefined)

/** The entry that sent a draft back: the latest status change, when it was in review → draft. */
const requestOf = (history: HistoryEntry[] | null | undefined): ListedDocument['request'] => {
  const last = history?.at(-1)
  if (!last || last.from !== 'in-review' || last.to !== 'draft') return undefined
  return { by: nameOf(last.by), at: last.at, note: last.note }
}

/**
 * Everything the signed-in person's dashboard shows, read with the Local API as that person (their
 * access applies) from the same latest versions the list view shows, so each count matches its list.
 */
export async function loadDashboard(payload: Payload, user: TypedUser, now = new Date()): Promise<DashboardView[]> {
  const adminRoute = payload.config.routes.admin
  const context = { userId: user.id, now }
  const roles = (user as { roles?: Role[] | null }).roles
  return Promise.all(
    viewsFor(roles).map(async (key) => {
      const view = VIEWS[key]
      const perCollection = await Promise.all(
        view.collections.map(async (collection) => {
          const config = payload.collections[collection].config
          const titleField = config.admin.useAsTitle ?? 'id'
          const where = view.where(collection, context)
          const shown = [titleField, 'updatedAt', 'nextReviewDue', 'submittedBy', 'workflowHistory', 'readingGrade']
          const select = Object.fromEntries(config.flattenedFields.filter((field) => shown.includes(field.name)).map((field) => [field.name, true]))
          const found = await payload.find({
            collection,
            where,
            draft: true,
            depth: 1,
            limit: LISTED_PER_VIEW,
            sort: view.detail === 'due' ? 'nextReviewDue' : '-updatedAt',
            select,
            populate: { users: { name: true } },
            overrideAccess: false,
            user,
          })
          const label = typeof config.labels.plural === 'string' ? config.labels.plural : collection
          const documents = (found.docs as unknown as Row[]).map(
            (doc): ListedDocument => ({
              collection,
              id: doc.id,
              title: String(doc[titleField] ?? `#${doc.id}`),
              url: formatAdminURL({ adminRoute, path: `/collections/${collection}/${doc.id}` }),
              updatedAt: doc.updatedAt,
              nextReviewDue: doc.nextReviewDue,
              readingGrade: doc.readingGrade,
              submittedBy: nameOf(doc.submittedBy),
              request: view.detail === 'note' ? requestOf(doc.workflowHistory) : undefined,
            }),
          )
          const url = `${formatAdminURL({ adminRoute, path: `/collections/${collection}` })}?${whereQueryString(where)}`
          return { list: { collection, label, count: found.totalDocs, url }, documents }
        }),
      )
      const documents = perCollection
        .flatMap((entry) => entry.documents)
        .sort((a, b) =>
          view.detail === 'due'
            ? String(a.nextReviewDue).localeCompare(String(b.nextReviewDue))
            : String(b.updatedAt).localeCompare(String(a.updatedAt)),
        )
        .slice(0, LISTED_PER_VIEW)
      const lists = perCollection.map((entry) => entry.list)
      return {
        key,
        title: view.title,
        description: view.description,
        detail: view.detail,
        total: lists.reduce((sum, list) => sum + list.count, 0),
        lists,
        documents,
      }
    }),
  )
}
