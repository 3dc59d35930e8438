import { randomBytes } from 'node:crypto'
import { slugify } from '@kat/domain'
import type { User } from '@kat/cms-types'
import type { CollectionSlug, Payload } from 'payload'

import { markdownToRichText } from '../richText/fromMarkdown'
import { demoArticles } from './content/articles'
import { demoCitations } from './content/citations'
import { demoConditionDetails } from './content/condition-details'
import { demoContraindications } from './content/contraindications'
import { demoDisclaimers } from './content/disclaimers'
import { spanishArticles, spanishConditions, spanishContraindications, spanishDisclaimers, spanishSiteSettings } from './content/es'
import { demoConditions } from './conditions'
import { publishThroughWorkflow, seedContext, type WorkflowActors } from './publishThroughWorkflow'

export const DEMO_USERS = [
  { key: 'admin', email: 'admin@example.com', name: 'Demo Admin', roles: ['admin'] },
  { key: 'editor', email: 'editor@example.com', name: 'Demo Editor', roles: ['editor'] },
  { key: 'reviewer', email: 'reviewer@example.com', name: 'Dr Demo Reviewer', credentials: 'MD, Psychiatrist', roles: ['reviewer'] },
] as const

export type SeedOptions = {
  /** Password of the demo logins. Without it the demo accounts get an unusable random password. */
  loginPassword?: string
  log?: (line: string) => void
}

type Ids = Map<string, number>

const asUser = (user: User) => ({ ...user, collection: 'users' as const })

/**
 * Creates the missing demo accounts (keyed by email). An existing account keeps its name, roles and
 * everything else; only its password is set, when one is given, so the demo logins keep working.
 */
export async function seedDemoUsers(payload: Payload, password: string | undefined) {
  const users: Partial<Record<(typeof DEMO_USERS)[number]['key'], User>> = {}
  for (const { key, ...user } of DEMO_USERS) {
    const existing = (await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })).docs[0]
    const data = { ...user, roles: [...user.roles] }
    if (existing) {
      users[key] = password ? await payload.update({ collection: 'users', id: existing.id, data: { password }, depth: 0 }) : existing
    } else {
      // No known password: the account exists as the demo author/reviewer but nobody can sign in with it.
      users[key] = await payload.create({ collection: 'users', data: { ...data, password: password ?? randomBytes(32).toString('base64url') } })
    }
  }
  return users as Record<(typeof DEMO_USERS)[number]['key'], User>
}

async function existingIds(payload: Payload, collection: CollectionSlug, field: string): Promise<Ids> {
  const { docs } = await payload.find({ collection, limit: 1000, depth: 0, draft: true, pagination: false })
  return new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id as number]))
}

async function seedCitations(payload: Payload, actors: WorkflowActors): Promise<Ids> {
  const byTitle = await existingIds(payload, 'citations', 'title')
  const ids: Ids = new Map()
  for (const { key, verifiedAgainst: _source, ...citation } of demoCitations) {
    const existing = byTitle.get(citation.title)
    if (existing) {
      ids.set(key, existing)
      continue
    }
    ids.set(key, (await publishThroughWorkflow(payload, 'citations', citation, actors)).id)
  }
  return ids
}

const pick = (ids: Ids, keys: readonly string[], what: string) =>
  keys.map((key) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Demo content refers to unknown ${what} "${key}".`)
    return id
  })

const demoSiteSettings = {
  siteName: 'Ketamine Therapy Guide',
  organisation: 'Demo Clinic',
  crisisHelp: {
    text: 'If you are thinking about suicide, or you are in danger, get help now. You do not have to wait for your next appointment.',
    lines: [
      { label: 'Suicide & Crisis Lifeline (US), call or text', contact: '988', href: 'tel:988' },
      { label: 'Emergency services (US)', contact: '911', href: 'tel:911' },
    ],
  },
  footer: 'Educational information, reviewed by clinicians. It does not replace advice from your own care team.',
}

/**
 * The demo site settings, only into a global that was never saved (it has no row, hence no
 * `updatedAt`, until someone saves it): whatever an operator set, crisis lines included, stays.
 */
async function seedSiteSettings(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.updatedAt) return
  const saved = await payload.updateGlobal({ slug: 'site-settings', data: demoSiteSettings, depth: 0 })
  // The Spanish texts on the same help-line rows (their ids), so the numbers stay shared.
  const { lineLabels, text } = spanishSiteSettings.crisisHelp
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'es',
    depth: 0,
    data: {
      siteName: spanishSiteSettings.siteName,
      organisation: spanishSiteSettings.organisation,
      footer: spanishSiteSettings.footer,
      crisisHelp: { text, lines: (saved.crisisHelp?.lines ?? []).map((line, i) => ({ ...line, label: lineLabels[i] ?? line.label })) },
    },
  })
}

/** Demo content, published through the workflow by the demo editor and reviewer; existing documents are left alone. */
export async function seedDemoContent(payload: Payload, actors: WorkflowActors, log: (line: string) => void): Promise<void> {
  await seedSiteSettings(payload)

  const disclaimers = await existingIds(payload, 'disclaimers', 'title')
  const disclaimerIds: Ids = new Map()
  for (const { key, ...disclaimer } of demoDisclaimers) {
    const id = disclaimers.get(disclaimer.title) ?? (await publishThroughWorkflow(payload, 'disclaimers', disclaimer, actors, spanishDisclaimers[key])).id
    disclaimerIds.set(key, id)
  }
  const required = pick(disclaimerIds, ['medical-advice', 'emergency'], 'disclaimer')
  const withOffLabel = [...required, ...pick(disclaimerIds, ['off-label'], 'disclaimer')]

  const citations = await seedCitations(payload, actors)

  const contraindications = await existingIds(payload, 'contraindications', 'slug')
  for (const { citations: keys, ...item } of demoContraindications) {
    if (contraindications.has(item.slug)) continue
    const created = await publishThroughWorkflow(
      payload,
      'contraindications',
      { ...item, citations: pick(citations, keys, 'citation') },
      actors,
      spanishContraindications[item.slug],
    )
    contraindications.set(item.slug, created.id)
  }

  // Conditions refer to each other: create the missing ones as drafts first, then fill in and publish them.
  const conditions = await existingIds(payload, 'conditions', 'slug')
  const details = new Map(demoConditionDetails.map((detail) => [detail.slug as string, detail]))
  const fresh: number[] = []
  for (const condition of demoConditions) {
    const slug = slugify(condition.name)
    if (conditions.has(slug)) continue
    const created = await payload.create({
      collection: 'conditions',
      data: { ...condition, slug, _status: 'draft' },
      draft: true,
      user: asUser(actors.editor),
      overrideAccess: false,
      depth: 0,
      context: seedContext(),
    })
    conditions.set(slug, created.id)
    fresh.push(created.id)
  }
  for (const id of fresh) {
    const slug = [...conditions].find(([, value]) => value === id)![0]
    const condition = demoConditions.find((c) => slugify(c.name) === slug)!
    const detail = details.get(slug)
    const options = { collection: 'conditions' as const, id, depth: 0, overrideAccess: false, context: seedContext() }
    await payload.update({
      ...options,
      draft: true,
      user: asUser(actors.editor),
      data: {
        workflowStatus: 'in-review',
        disclaimers: condition.evidenceLevel === 'approved' ? required : withOffLabel,
        ...(detail && {
          alsoKnownAs: detail.alsoKnownAs,
          codes: detail.codes.map(({ system, code }) => ({ system, code })),
          overview: markdownToRichText(payload, detail.overview, citations),
          relatedConditions: pick(conditions, detail.relatedConditions, 'condition'),
          contraindications: pick(contraindications, detail.contraindications, 'contraindication'),
          citations: pick(citations, detail.citations, 'citation'),
        }),
      },
    })
    const spanish = spanishConditions[slug as keyof typeof spanishConditions] as (typeof spanishConditions)[keyof typeof spanishConditions] | undefined
    if (spanish) {
      await payload.update({
        ...options,
        draft: true,
        locale: 'es',
        user: asUser(actors.editor),
        data: { ...spanish, overview: markdownToRichText(payload, spanish.overview, citations) },
      })
    }
    await payload.update({ ...options, draft: true, user: asUser(actors.reviewer), data: { workflowStatus: 'approved' } })
    await payload.update({ ...options, user: asUser(actors.editor), data: { _status: 'published' } })
  }

  const articles = await existingIds(payload, 'articles', 'slug')
  for (const article of demoArticles) {
    if (articles.has(article.slug)) continue
    const articleCitations = pick(citations, article.citations, 'citation')
    const citationIds = new Map(article.citations.map((key, i) => [key, articleCitations[i]!]))
    const spanish = spanishArticles[article.slug]
    await publishThroughWorkflow(
      payload,
      'articles',
      {
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        audience: article.audience,
        author: actors.editor.id,
        body: markdownToRichText(payload, article.body, citationIds),
        conditions: pick(conditions, article.conditions, 'condition'),
        contraindications: pick(contraindications, article.contraindications, 'contraindication'),
        citations: articleCitations,
        disclaimers: article.conditions.some((slug) => demoConditions.find((c) => slugify(c.name) === slug)?.evidenceLevel !== 'approved')
          ? withOffLabel
          : required,
      },
      actors,
      spanish && { ...spanish, body: markdownToRichText(payload, spanish.body, citationIds) },
    )
  }
  log(
    `Demo content: ${demoDisclaimers.length} disclaimers, ${demoCitations.length} citations, ${demoContraindications.length} contraindications, ` +
      `${demoConditions.length} conditions, ${demoArticles.length} articles (new ones published through the workflow).`,
  )
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const users = await seedDemoUsers(payload, options.loginPassword)
  await seedDemoContent(payload, { editor: users.editor, reviewer: users.reviewer }, log)
  log(
    options.loginPassword
      ? `Demo logins: ${DEMO_USERS.map((u) => u.email).join(', ')}.`
      : 'Demo accounts exist as authors and reviewers only: no password was given (SEED_PASSWORD), so nobody can sign in with them.',
  )
}
