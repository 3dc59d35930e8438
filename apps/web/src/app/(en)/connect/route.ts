import {
  CODE_SYSTEMS,
  connectLanguageOf,
  connectResultsPath,
  parseConnectQuery,
  RESPONSE_TYPE_PARAM,
  routesFor,
  type ConnectLanguage,
  type ConnectResponse,
} from '@kat/contract'
import type { NextRequest } from 'next/server'

import { translator } from '@/i18n'
import { conditionsForCodes } from '@/lib/connect'
import { errorPageHtml } from '@/server/error-page'

/** A plain page for a link the portal cannot answer, in the language asked for: what was wrong, and where to go instead. */
function htmlAnswer(status: number, language: ConnectLanguage, heading: 'badTitle' | 'retryTitle', message: string) {
  const t = translator(language, 'Connect')
  return new Response(errorPageHtml(t(heading), message, language, [{ href: routesFor(language).conditions(), label: t('allConditions') }]), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}

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
    const language = connectLanguageOf(params)
    return wantsJson
      ? Response.json({ error: query.error }, { status: 400, headers: { 'cache-control': 'no-store' } })
      : htmlAnswer(400, language, 'badTitle', translator(language, 'Connect')('bad', { error: query.error }))
  }
  let matches: Awaited<ReturnType<typeof conditionsForCodes>>
  try {
    matches = await conditionsForCodes(query.codes, query.language)
  } catch {
    // The JSON answer is for the record's software: in English, like its other messages.
    const message = (language: ConnectLanguage) => translator(language, 'Connect')('unreachable')
    return wantsJson
      ? Response.json({ error: message('en') }, { status: 503, headers: { 'retry-after': '30' } })
      : htmlAnswer(503, query.language, 'retryTitle', message(query.language))
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
  const target = matches.length === 1 ? matches[0]!.path : `${connectResultsPath(query.language)}?${params}`
  return new Response(null, { status: 303, headers: { location: target, 'cache-control': 'no-store' } })
}
