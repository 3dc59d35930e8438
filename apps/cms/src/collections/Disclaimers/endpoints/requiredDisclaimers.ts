import type { Endpoint } from 'payload'

const SCOPES = ['all', 'articles', 'conditions'] as const
type PageType = (typeof SCOPES)[number]

/**
 * GET /api/disclaimers/required?for=articles|conditions|all: the published required disclaimers that a
 * page of that type must show (scope "all" plus the type's own). Unknown page types answer 400.
 */
export const requiredDisclaimersEndpoint: Endpoint = {
  path: '/required',
  method: 'get',
  handler: async (req) => {
    const requested = req.searchParams.get('for') ?? 'all'
    if (!SCOPES.includes(requested as PageType)) {
      return Response.json({ errors: [{ message: `"for" must be one of: ${SCOPES.join(', ')}.` }] }, { status: 400 })
    }
    const scopes = requested === 'all' ? ['all'] : ['all', requested]
    const { docs } = await req.payload.find({
      collection: 'disclaimers',
      where: { and: [{ required: { equals: true } }, { scope: { in: scopes } }, { _status: { equals: 'published' } }] },
      select: { title: true, body: true, kind: true, scope: true },
      // In the order they were created (readers cannot sort on the staff-only createdAt).
      sort: 'id',
      depth: 0,
      limit: 20,
      locale: req.locale,
      req,
      overrideAccess: false,
    })
    return Response.json({ for: requested, docs })
  },
}
