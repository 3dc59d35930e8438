import type { CollectionAfterChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { WorkflowStatus } from '../workflow/statuses'
import { documentLabel, documentTitle } from './documents'
import { documentAdminUrl, documentPortalUrl } from './links'
import { idOf, ownerOf, peopleWithIds, reviewers, type Id, type Person } from './people'
import { formatDate, renderMail, type MailContent, type MailLink } from './render'
import { sendAfterCommit, type OutgoingMail } from './send'

type Doc = Record<string, unknown> & {
  id: Id
  slug?: unknown
  workflowStatus?: WorkflowStatus | null
  workflowHistory?: { note?: string | null }[] | null
  author?: unknown
  submittedBy?: unknown
  lastEditedBy?: unknown
  nextReviewDue?: string | null
}
type Actor = { id: Id; name?: string | null; email?: string | null; roles?: string[] | null } | null | undefined

/** The steps of the review workflow that someone is told of by mail. */
export type WorkflowStep = 'submitted' | 'changes-requested' | 'approved' | 'published'

const same = (a: Id | undefined, b: Id | undefined) => a !== undefined && b !== undefined && String(a) === String(b)

/**
 * Which step a status change is: sent for review (from a draft), sent back by a reviewer who is not
 * its author or submitter (someone withdrawing their own work asks nobody for changes), approved, published.
 * An edit that voids an approval (approved → in review) and an unpublish mail nobody.
 */
export function workflowStep(from: WorkflowStatus, to: WorkflowStatus | null | undefined, actor: Actor, doc: Doc): WorkflowStep | undefined {
  if (!to || from === to) return undefined
  if (to === 'in-review' && from === 'draft') return 'submitted'
  if (to === 'draft' && from === 'in-review') {
    const ownWork = same(actor?.id, ownerOf(doc)) || same(actor?.id, idOf(doc.submittedBy))
    return actor?.roles?.includes('reviewer') && !ownWork ? 'changes-requested' : undefined
  }
  if (to === 'approved') return 'approved'
  if (to === 'published' && from === 'approved') return 'published'
  return undefined
}

type StepContext = { collection: SanitizedCollectionConfig; doc: Doc; req: PayloadRequest }

/** Who gets a mail at each step; nobody is mailed about their own action. */
async function recipientsOf(step: WorkflowStep, { doc, req }: StepContext): Promise<Person[]> {
  const actorId = idOf(req.user?.id)
  let people: Person[]
  if (step === 'submitted') {
    // Every reviewer who may approve it: four eyes rule out its author, submitter and last editor.
    const ownPeople = [ownerOf(doc), idOf(doc.author), idOf(doc.submittedBy), idOf(doc.lastEditedBy)]
    people = (await reviewers(req)).filter((person) => !ownPeople.some((id) => same(id, person.id)))
  } else if (step === 'published') {
    people = await peopleWithIds(req, [ownerOf(doc)])
  } else {
    people = await peopleWithIds(req, [ownerOf(doc), idOf(doc.submittedBy)])
  }
  return people.filter((person) => !same(person.id, actorId))
}

function contentOf(step: WorkflowStep, context: StepContext): MailContent {
  const { collection, doc, req } = context
  const label = documentLabel(collection)
  const title = documentTitle(collection, doc)
  const named = `the ${label} “${title}”`
  const actor = req.user as Actor
  const who = actor?.name || actor?.email || 'Someone'
  const lastNote = doc.workflowHistory?.at(-1)?.note?.trim()
  const note = lastNote ? { by: who, text: lastNote } : undefined
  const admin: MailLink = { label: `Open ${named} in the admin`, url: documentAdminUrl(req.payload, collection.slug, doc.id) }
  const yours = `You get this mail because you wrote or sent this ${label} for review in the Ketamine Therapy Guide CMS.`
  switch (step) {
    case 'submitted':
      return {
        subject: `Review requested: ${label} “${title}”`,
        paragraphs: [`${who} sent ${named} for review.`, 'Open it in the admin to approve it or to request changes.'],
        note,
        links: [admin],
        footer: 'You get this mail because you are a clinical reviewer in the Ketamine Therapy Guide CMS.',
      }
    case 'changes-requested':
      return {
        subject: `Changes requested: ${label} “${title}”`,
        paragraphs: [`${who} asked for changes to ${named}. It is a draft again: update it and send it for review.`],
        note,
        links: [admin],
        footer: yours,
      }
    case 'approved':
      return {
        subject: `Approved: ${label} “${title}”`,
        paragraphs: [
          `${who} approved ${named}. It can now be published.`,
          ...(doc.nextReviewDue ? [`Next review due: ${formatDate(doc.nextReviewDue)}.`] : []),
        ],
        note,
        links: [admin],
        footer: yours,
      }
    case 'published': {
      const live = documentPortalUrl(collection.slug, doc.slug)
      return {
        subject: `Published: ${label} “${title}”`,
        paragraphs: [actor ? `${who} published ${named}. Readers see it now.` : `${named[0]!.toUpperCase()}${named.slice(1)} was published as scheduled. Readers see it now.`],
        links: [...(live ? [{ label: `Read it on the portal`, url: live }] : []), admin],
        footer: `You get this mail because you wrote this ${label} in the Ketamine Therapy Guide CMS.`,
      }
    }
  }
}

/**
 * afterChange of every reviewed collection: mails the people the step concerns once the save has
 * committed (see `sendAfterCommit`). Never fails a save: a problem is logged. `context.skipMail`
 * (the demo seed) sends nothing.
 */
export const workflowMail: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context.skipMail) return doc
  try {
    const from: WorkflowStatus = operation === 'create' ? 'draft' : ((previousDoc as Doc | undefined)?.workflowStatus ?? 'draft')
    const step = workflowStep(from, (doc as Doc).workflowStatus, req.user as Actor, doc as Doc)
    if (!step) return doc
    const context = { collection, doc: doc as Doc, req }
    const { subject, html } = renderMail(contentOf(step, context))
    const mails: OutgoingMail[] = (await recipientsOf(step, context)).map((person) => ({ to: { name: person.name, address: person.address }, subject, html }))
    await sendAfterCommit(req, mails)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Workflow mail for ${collection.slug} ${String(doc.id)} not sent; the save is kept.` })
  }
  return doc
}
