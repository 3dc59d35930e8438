import { NextResponse, type NextRequest } from 'next/server'

/**
 * Input Payload would turn into a 500 (PostgreSQL refuses NUL bytes in text and non-numeric ids for
 * numeric keys) is answered here, before it reaches the database: a 400 or a 404, never a 500.
 */
const COLLECTIONS_WITH_NUMERIC_IDS = new Set(['articles', 'conditions', 'contraindications', 'citations', 'disclaimers', 'media', 'redirects', 'users', 'payload-jobs'])
/** Routes under a collection that are not document ids. */
const NAMED_ROUTES = new Set(['versions', 'search', 'required', 'me', 'login', 'logout', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'init', 'first-register', 'access', 'verify', 'file', 'paste-url', 'count', 'duplicate', 'import', 'condition-counts'])

const json = (status: number, message: string) => NextResponse.json({ errors: [{ message }] }, { status })

const PAGING = /^\d{1,6}$/
const ID_LIST = /^\d{1,15}(,\d{1,15})*$/

/** The first query parameter a list request cannot use, with why. */
function badParameter(params: URLSearchParams): string | undefined {
  for (const [key, value] of params) {
    if ((key === 'page' || key === 'limit' || key === 'depth') && !PAGING.test(value)) return `${key} must be a whole number from 0 to 999999.`
    if (key === 'page' && value === '0') return 'page starts at 1.'
    // A filter on the numeric id (where[id][equals]=…, where[and][0][id][in]=…).
    if (/\[id\]\[\w+\]$/.test(key) && !/\[exists\]$/.test(key) && !ID_LIST.test(value)) return `${key} must be a document id (digits).`
  }
  return undefined
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  let decodedPath: string
  let decodedQuery: string
  try {
    decodedPath = decodeURIComponent(pathname)
    decodedQuery = decodeURIComponent(search.replace(/\+/g, ' '))
  } catch {
    return json(400, 'The address is not valid (broken percent-encoding).')
  }
  if (decodedPath.includes('\u0000') || decodedQuery.includes('\u0000')) return json(400, 'The address contains a NUL character.')

  const [, api, collection, id] = pathname.split('/')
  if (api === 'api' && collection && COLLECTIONS_WITH_NUMERIC_IDS.has(collection)) {
    if (id && !NAMED_ROUTES.has(id) && !/^\d{1,15}$/.test(id)) return json(404, 'Not Found')
    const problem = badParameter(request.nextUrl.searchParams)
    if (problem) return json(400, problem)
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/api/:path*'],
}
