import { expect, test } from '@playwright/test'

import { cmsClient } from '../support/cms-client'
import { e2e } from './support/env'

type FieldErrors = { name?: string; message?: string; data?: { errors?: { path: string; message: string }[] } }

/** A new draft article for patients, written by the editor (and sent for review when asked). */
async function draftArticle(title: string, workflowStatus: 'draft' | 'in-review' = 'draft', data: Record<string, unknown> = {}): Promise<number> {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const { status, json } = await cms.call('editor@example.com', 'POST', '/articles?draft=true', {
    title,
    summary: 'A short summary for the refusal tests.',
    audience: 'patients',
    workflowStatus,
    ...data,
  })
  expect(status, JSON.stringify(json)).toBe(201)
  return (json.doc as { id: number }).id
}

const BAD_IDENTIFIER_RULES = {
  doi: 'DOI: must look like 10.1234/abc (the part after doi.org/).',
  pmid: 'PMID: digits only (the PubMed ID; e.g. 10686270).',
}

/** A citation a reviewer approved with a malformed DOI and PMID (drafts skip field validation; publishing does not). */
async function approvedCitationWithBadIdentifiers(title: string): Promise<number> {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const created = await cms.call('editor@example.com', 'POST', '/citations?draft=true', {
    type: 'web-page',
    title,
    doi: 'not-a-doi',
    pmid: '12a',
    workflowStatus: 'in-review',
  })
  const id = (created.json.doc as { id: number }).id
  expect((await cms.call('reviewer@example.com', 'PATCH', `/citations/${id}?draft=true`, { workflowStatus: 'approved' })).status).toBe(200)
  return id
}

test('REST and GraphQL answers to a refused save carry each failed rule on its field', async ({ request }) => {
  const cms = cmsClient(e2e.cmsUrl(), e2e.password())
  const id = await draftArticle(`Refused over the API ${Date.now()}`)
  const headers = { Authorization: `JWT ${await cms.signIn('editor@example.com')}` }

  const rest = await request.patch(`${e2e.cmsUrl()}/api/articles/${id}`, { headers, data: { _status: 'published' } })
  expect(rest.status()).toBe(400)
  const [error] = ((await rest.json()) as { errors: FieldErrors[] }).errors
  expect(error?.name).toBe('ValidationError')
  expect(error?.data?.errors).toEqual(
    expect.arrayContaining([
      { path: 'workflowStatus', message: 'Publish: a reviewer must approve it first (it is "draft").' },
      { path: 'reviewer', message: 'Publish: a clinical reviewer must be named.' },
      { path: 'lastReviewed', message: 'Publish: the last-reviewed date is missing.' },
      { path: 'citations', message: 'Publish: articles for patients must cite at least one source.' },
    ]),
  )
  expect(error?.message).toContain('Publish: a clinical reviewer must be named.')

  const graphql = await request.post(`${e2e.cmsUrl()}/api/graphql`, {
    headers,
    data: { query: `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }` },
  })
  const [gqlError] = ((await graphql.json()) as { errors: { message: string; extensions: FieldErrors & { statusCode: number } }[] }).errors
  expect(gqlError?.extensions.statusCode).toBe(400)
  expect(gqlError?.extensions.name).toBe('ValidationError')
  expect(gqlError?.extensions.data?.errors).toEqual(expect.arrayContaining([{ path: 'reviewer', message: 'Publish: a clinical reviewer must be named.' }]))
  expect(gqlError?.message).toContain('Publish: a clinical reviewer must be named.')

  // Payload's own field validation keeps its hint too.
  const citation = await approvedCitationWithBadIdentifiers(`Malformed identifiers over the API ${Date.now()}`)
  const publish = await cms.call('reviewer@example.com', 'PATCH', `/citations/${citation}`, { _status: 'published' })
  expect(publish.status).toBe(400)
  expect((publish.json.errors as FieldErrors[])[0]?.data?.errors).toEqual([
    expect.objectContaining({ path: 'doi', message: BAD_IDENTIFIER_RULES.doi }),
    expect.objectContaining({ path: 'pmid', message: BAD_IDENTIFIER_RULES.pmid }),
  ])
})
