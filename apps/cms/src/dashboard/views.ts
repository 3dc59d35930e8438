import type { CollectionSlug, Where } from 'payload'

import type { Role } from '../access'
import { READING_GRADE_TARGET } from '../collections/Articles/readingGrade'
import { REVIEWED_COLLECTIONS } from '../jobs/flagOverdueReviews'
import { TRANSLATED_COLLECTIONS } from '../workflow/translation'
import { REVIEW_DUE_SOON_DAYS } from '../workflow/rules'

/**
 * The dashboard's views as pure functions: for each, the `where` of one collection's list, as the
 * admin's list view reads it (every document's latest version), so a count and the list it links to
 * always agree. Written in the list filter's own shape (OR of ANDs), so the filter shows what was asked.
 */
export const VIEW_KEYS = [
  'awaitingYourReview',
  'inReview',
  'changesRequested',
  'yourDrafts',
  'overdue',
  'dueSoon',
  'readingGrade',
  'translationOutOfDate',
  'recentlyPublished',
] as const
export type ViewKey = (typeof VIEW_KEYS)[number]

const RECENT_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

type Context = { userId: number | string; now: Date }

export type ViewDefinition = {
  title: string
  /** What the count means, in a sentence. */
  description: string
  collections: readonly CollectionSlug[]
  where: (collection: CollectionSlug, context: Context) => Where
  /** Shown beside each listed document: whose it is, or what was asked of it. */
  detail: 'submitter' | 'note' | 'due' | 'grade' | 'updated'
}

/** Whose work a document is: the author (articles only), whoever sent it for review, whoever last edited it. */
export const peopleFields = (collection: CollectionSlug): string[] =>
  collection === 'articles' ? ['author', 'submittedBy', 'lastEditedBy'] : ['submittedBy', 'lastEditedBy']

const allOf = (...conditions: Where[]): Where => ({ or: [{ and: conditions }] })
const anyOf = (groups: Where[][]): Where => ({ or: groups.map((and) => ({ and })) })
const status = (value: string): Where => ({ workflowStatus: { equals: value } })
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS).toISOString()

export const VIEWS: Record<ViewKey, ViewDefinition> = {
  awaitingYourReview: {
    title: 'Awaiting your review',
    description: 'In review, written, sent or last edited by someone else: yours to approve or send back.',
    collections: REVIEWED_COLLECTIONS,
    where: (collection, { userId }) =>
      allOf(status('in-review'), ...peopleFields(collection).map((field) => ({ [field]: { not_equals: userId } }))),
    detail: 'submitter',
  },
  inReview: {
    title: 'In review',
    description: 'Sent for review, waiting for a reviewer.',
    collections: REVIEWED_COLLECTIONS,
    where: () => allOf(status('in-review')),
    detail: 'submitter',
  },
  changesRequested: {
    title: 'Changes requested of you',
    description: 'Sent back to draft by a reviewer, on your work: their note says what to change.',
    collections: REVIEWED_COLLECTIONS,
    where: (collection, { userId }) =>
      anyOf(
        // The flag holds only while the draft stays a draft: any status change clears it.
        peopleFields(collection).map((field) => [{ changesRequested: { equals: true } }, { [field]: { equals: userId } }]),
      ),
    detail: 'note',
  },
  yourDrafts: {
    title: 'Your drafts',
    description: 'Drafts you wrote, sent or last edited, not yet sent for review.',
    collections: REVIEWED_COLLECTIONS,
    where: (collection, { userId }) => anyOf(peopleFields(collection).map((field) => [status('draft'), { [field]: { equals: userId } }])),
    detail: 'updated',
  },
  overdue: {
    title: 'Overdue',
    description: 'Past the next review date.',
    collections: REVIEWED_COLLECTIONS,
    where: (_, { now }) => allOf({ nextReviewDue: { less_than: now.toISOString() } }),
    detail: 'due',
  },
  dueSoon: {
    title: `Due for review in ${REVIEW_DUE_SOON_DAYS} days`,
    description: `The next review date falls within the next ${REVIEW_DUE_SOON_DAYS} days.`,
    collections: REVIEWED_COLLECTIONS,
    where: (_, { now }) =>
      allOf({ nextReviewDue: { greater_than_equal: now.toISOString() } }, { nextReviewDue: { less_than: daysFrom(now, REVIEW_DUE_SOON_DAYS) } }),
    detail: 'due',
  },
  readingGrade: {
    title: `Reading grade above ${READING_GRADE_TARGET}`,
    description: `Patient articles harder to read than grade ${READING_GRADE_TARGET} (Flesch–Kincaid).`,
    collections: ['articles'],
    where: () => allOf({ audience: { equals: 'patients' } }, { readingGrade: { greater_than: READING_GRADE_TARGET } }),
    detail: 'grade',
  },
  translationOutOfDate: {
    title: 'Translation out of date',
    description: 'The English changed after the Spanish text was last reviewed: the Spanish needs updating and a review.',
    collections: TRANSLATED_COLLECTIONS,
    where: () => allOf({ translationOutOfDate: { equals: true } }),
    detail: 'updated',
  },
  recentlyPublished: {
    title: 'Recently published',
    description: `Published in the last ${RECENT_DAYS} days, with no newer draft.`,
    collections: REVIEWED_COLLECTIONS,
    where: (_, { now }) => allOf(status('published'), { updatedAt: { greater_than_equal: daysFrom(now, -RECENT_DAYS) } }),
    detail: 'updated',
  },
}

/** What each role needs first. A person with several roles sees each view at its best rank among them. */
const ROLE_VIEWS: Record<Role, readonly ViewKey[]> = {
  reviewer: ['awaitingYourReview', 'overdue', 'dueSoon', 'readingGrade', 'translationOutOfDate', 'recentlyPublished'],
  editor: ['changesRequested', 'yourDrafts', 'overdue', 'dueSoon', 'translationOutOfDate', 'readingGrade', 'inReview', 'recentlyPublished'],
  admin: ['overdue', 'inReview', 'dueSoon', 'changesRequested', 'yourDrafts', 'translationOutOfDate', 'readingGrade', 'recentlyPublished'],
}
const ROLE_ORDER: readonly Role[] = ['reviewer', 'editor', 'admin']
const PERSONAL_VIEWS: readonly ViewKey[] = ['awaitingYourReview', 'changesRequested', 'yourDrafts']

export function viewsFor(roles: readonly Role[] | null | undefined): ViewKey[] {
  const held = ROLE_ORDER.filter((role) => roles?.includes(role))
  const rank = new Map<ViewKey, number>()
  for (const role of held) {
    ROLE_VIEWS[role].forEach((key, index) => rank.set(key, Math.min(rank.get(key) ?? index, index)))
  }
  // Reviewers see their own queue; "In review" for everyone is the same list without the four-eyes filter.
  if (held.includes('reviewer')) rank.delete('inReview')
  // At equal rank, the person's own work first; a stable sort keeps the role order after that.
  const own = (key: ViewKey) => (PERSONAL_VIEWS.includes(key) ? 0 : 1)
  return [...rank.keys()].sort((a, b) => rank.get(a)! - rank.get(b)! || own(a) - own(b))
}

/** `where` as the query string Payload's list view reads: where[or][0][and][0][field][operator]=value. */
export function whereQueryString(where: Where): string {
  const pairs: string[] = []
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${key}[${index}]`))
    else if (value && typeof value === 'object') for (const [child, inner] of Object.entries(value)) walk(inner, `${key}[${child}]`)
    else pairs.push(`${key}=${encodeURIComponent(String(value))}`)
  }
  walk(where, 'where')
  return pairs.join('&')
}
