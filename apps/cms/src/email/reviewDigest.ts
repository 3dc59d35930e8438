import type { CollectionSlug, PayloadRequest } from 'payload'

import { documentLabel, documentTitle } from './documents'
import { documentAdminUrl } from './links'
import { ownerOf, peopleWithIds, type Id } from './people'
import { formatDate, renderMail, type MailListItem } from './render'
import { sendMail } from './send'

/** How far ahead the weekly digest looks. */
export const DIGEST_DAYS_AHEAD = 30

type DueDocument = { owner: Id; due: string; item: MailListItem }

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * The weekly digest: every published document whose next review is overdue or due within 30 days, one
 * mail per owner (the author, else whoever last edited it) listing theirs with links to the admin.
 * Documents without an owner with an e-mail address are left out. A mail that fails is logged; the others
 * are still sent.
 */
export async function sendReviewDigest(
  req: PayloadRequest,
  collections: readonly CollectionSlug[],
  now = new Date(),
): Promise<{ documents: number; mailed: number }> {
  const { payload } = req
  const horizon = new Date(now.getTime() + DIGEST_DAYS_AHEAD * 24 * 60 * 60 * 1000)
  const due: DueDocument[] = []
  for (const slug of collections) {
    const collection = payload.collections[slug].config
    const { docs } = await payload.find({
      collection: slug,
      where: { and: [{ _status: { equals: 'published' } }, { nextReviewDue: { less_than: horizon.toISOString() } }] },
      sort: 'nextReviewDue',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const owner = ownerOf(doc)
      if (owner === undefined) continue
      const label = documentLabel(collection)
      due.push({
        owner,
        due: String(doc.nextReviewDue),
        item: {
          label: documentTitle(collection, doc),
          url: documentAdminUrl(payload, slug, doc.id as Id),
          detail: `${label}, due ${formatDate(String(doc.nextReviewDue))}`,
        },
      })
    }
  }
  const people = await peopleWithIds(req, due.map((entry) => entry.owner))
  let mailed = 0
  for (const person of people) {
    const theirs = due.filter((entry) => String(entry.owner) === String(person.id)).sort((a, b) => a.due.localeCompare(b.due))
    const overdue = theirs.filter((entry) => new Date(entry.due) < now).map((entry) => entry.item)
    const soon = theirs.filter((entry) => new Date(entry.due) >= now).map((entry) => entry.item)
    const counts = [overdue.length && `${overdue.length} overdue`, soon.length && `${soon.length} within ${DIGEST_DAYS_AHEAD} days`].filter(Boolean)
    const { subject, html } = renderMail({
      subject: `Reviews due: ${counts.join(', ')}`,
      paragraphs: [
        `${person.name}, ${plural(theirs.length, 'document')} of yours ${theirs.length === 1 ? 'needs' : 'need'} a clinical review soon.`,
        'Open each one, update it where needed and send it for review: a reviewer’s approval sets its next review date.',
      ],
      lists: [
        ...(overdue.length ? [{ heading: 'Overdue', items: overdue }] : []),
        ...(soon.length ? [{ heading: `Due within ${DIGEST_DAYS_AHEAD} days`, items: soon }] : []),
      ],
      links: [],
      footer: 'You get this weekly digest as the author or last editor of these documents in the Ketamine Therapy Guide CMS.',
    })
    if (await sendMail(payload, { to: { name: person.name, address: person.address }, subject, html })) mailed++
  }
  return { documents: due.length, mailed }
}
