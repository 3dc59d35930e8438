import {
  CODE_SYSTEMS,
  CONNECT_RESULTS_PATH,
  parseConnectQuery,
  RESPONSE_TYPE_PARAM,
  routes,
  type ConnectResponse,
} from '@kat/contract'
import type { NextRequest } from 'next/server'

import { conditionsForCodes } from '@/lib/connect'
import { errorPageHtml } from '@/server/error-page'

/** A plain page for a link the portal cannot answer: what was wrong, and where to go instead. */
const htmlAnswer = (status: number, heading: string, message: string) =>
  new Response(errorPageHtml(heading, message, 'en', [{ href: routes.conditions(), label: 'Browse all conditions A–Z' }]), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })

/**
 * GET /connect: a health record links here by diagnosis code (HL7 infobutton parameters, as MedlinePlus
 * Connect takes them). JSON on request; otherwise one match goes straight to its page and several (or
 * none) to a page that lists them. Bad input is a 400 that says what to send.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const wantsJson = params.get(RESPONSE_TYPE_PARAM)?.trim().toLowerCase() === 'application/json'
  const query = parseConnectQuery(params)
  if ('error' in query) {
    return wantsJson
      ? Response.json({ error: query.error }, { status: 400, headers: { 'cache-control': 'no-store' } })
      : htmlAnswer(400, 'This link cannot be answered', query.error)
  }
  let matches: Awaited<ReturnType<typeof conditionsForCodes>>
  try {
    matches = await conditionsForCodes(query.codes, query.language)
  } catch {
    const message = 'The content service is not reachable just now. Please try again in a minute.'
    return wantsJson ? Response.json({ error: message }, { status: 503, headers: { 'retry-after': '30' } }) : htmlAnswer(503, 'Please try again', message)
  }
  if (query.json) {
    const answer: ConnectResponse = {
      query: { codes: query.codes.map(({ system, code }) => ({ system: CODE_SYSTEMS[system].label, oid: CODE_SYSTEMS[system].oid, code })), language: query.language },
      matches: matches.map(({ path: _path, slug: _slug, ...match }) => match),
      ...(matches.some((match) => match.language !== query.language)
        ? { notice: 'Some pages are not yet published in this language; those are in English.' }
        : {}),
    }
    return Response.json(answer, { headers: { 'cache-control': 'no-store' } })
  }
  const target = matches.length === 1 ? matches[0]!.path : `${CONNECT_RESULTS_PATH}?${params}`
  return new Response(null, { status: 303, headers: { location: target, 'cache-control': 'no-store' } })
}
