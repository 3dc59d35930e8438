import { parseRequiredDisclaimersQuery, scopesShownOn, type RequiredDisclaimer, type RequiredDisclaimersResponse } from '@kat/contract'
import type { Endpoint } from 'payload'

/**
 * GET /api/disclaimers/required?for=articles|conditions|all: the published required disclaimers that a
 * page of that type must show (scope "all" plus the type's own). Unknown page types answer 400.
 */
export const requiredDisclaimersEndpoint: Endpoint = {
  path: '/required',
  method: 'get',
  handler: async (req) => {
    const query = parseRequiredDisclaimersQuery(req.searchParams)
    if ('error' in query) return Response.json({ errors: [{ message: query.error }] }, { status: 400 })
    const { docs } = await req.payload.find({
      collection: 'disclaimers',
      where: { and: [{ required: { equals: true } }, { scope: { in: scopesShownOn(query.for) } }, { _status: { equals: 'published' } }] },
      select: { title: true, body: true, kind: true, scope: true },
      // In the order they were created (readers cannot sort on the staff-only createdAt).
      sort: 'id',
      depth: 0,
      limit: 20,
      locale: req.locale,
      req,
      overrideAccess: false,
    })
    return Response.json({ for: query.for, docs: docs as RequiredDisclaimer[] } satisfies RequiredDisclaimersResponse)
  },
}
