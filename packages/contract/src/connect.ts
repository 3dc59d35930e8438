import { CODE_SYSTEMS, codeProblem, codeSystemOfOid, normalizeCode, type CodeSystem } from './codes'
import type { Invalid } from './endpoints'
import { localizedPath } from './routes'

/**
 * `/connect`: links from a health record by diagnosis code, in the HL7 URL-based infobutton style that
 * MedlinePlus Connect uses:
 *
 *   /connect?mainSearchCriteria.v.c=F33.1&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90
 *
 * Several codes repeat the pair (…v.c=A&…v.cs=X&…v.c=B&…v.cs=Y) or number it (…v.c1, …v.cs1).
 * `informationRecipient.languageCode.c` asks for a language (en, es); `knowledgeResponseType`
 * chooses `application/json` or `text/html` (the default).
 */

export const CONNECT_PATH = '/connect'
/** Where several matches (or none) are shown to a person, in English. */
export const CONNECT_RESULTS_PATH = '/connect/results'

export const CODE_PARAM = 'mainSearchCriteria.v.c'
export const CODE_SYSTEM_PARAM = 'mainSearchCriteria.v.cs'
export const LANGUAGE_PARAM = 'informationRecipient.languageCode.c'
export const RESPONSE_TYPE_PARAM = 'knowledgeResponseType'

export const MAX_CONNECT_CODES = 20
export const CONNECT_LANGUAGES = ['en', 'es'] as const
export type ConnectLanguage = (typeof CONNECT_LANGUAGES)[number]

export type ConnectCode = { system: CodeSystem; code: string }
export type ConnectQuery = { codes: ConnectCode[]; language: ConnectLanguage; json: boolean }

/** One condition page a code finds, as the JSON answer gives it. */
export type ConnectMatch = {
  title: string
  summary: string
  url: string
  /** ISO date of the last clinical review, or null. */
  lastReviewed: string | null
  language: ConnectLanguage
  /** The codes sent that found it, and the stored code each matched. */
  matchedCodes: { system: string; code: string; matched: string }[]
}

export type ConnectResponse = {
  query: { codes: { system: string; oid: string; code: string }[]; language: ConnectLanguage }
  matches: ConnectMatch[]
  /** Set when the language asked for is not available yet and the pages are in English. */
  notice?: string
}

const supportedOids = () => Object.values(CODE_SYSTEMS).map((system) => `${system.oid} (${system.label})`).join(' or ')

/** The numbered pairs (…v.c1, …v.cs1) and the repeated plain ones, in order. */
function codePairs(params: URLSearchParams): { code: string; system: string | null; name: string }[] | Invalid {
  const pairs: { code: string; system: string | null; name: string }[] = []
  const codes = params.getAll(CODE_PARAM)
  const systems = params.getAll(CODE_SYSTEM_PARAM)
  if (systems.length > codes.length) return { error: `${CODE_SYSTEM_PARAM} is given ${systems.length} times but ${CODE_PARAM} only ${codes.length}: give one code system per code.` }
  codes.forEach((code, index) => pairs.push({ code, system: systems[index] ?? systems[0] ?? null, name: CODE_PARAM }))
  const numbered = [...new Set([...params.keys()].flatMap((key) => (key.startsWith(CODE_PARAM) ? [/^mainSearchCriteria\.v\.c(\d+)$/.exec(key)?.[1]] : [])))]
  for (const suffix of numbered.filter((value): value is string => value !== undefined).sort((a, b) => Number(a) - Number(b))) {
    pairs.push({ code: params.get(`${CODE_PARAM}${suffix}`) ?? '', system: params.get(`${CODE_SYSTEM_PARAM}${suffix}`), name: `${CODE_PARAM}${suffix}` })
  }
  return pairs
}

/** A health record's request, checked: every problem is a clear 400 message, never a server error. */
export function parseConnectQuery(params: URLSearchParams): ConnectQuery | Invalid {
  const pairs = codePairs(params)
  if ('error' in pairs) return pairs
  if (!pairs.length) return { error: `Give a diagnosis code: ${CODE_PARAM}=F33.1&${CODE_SYSTEM_PARAM}=${CODE_SYSTEMS.icd10cm.oid}.` }
  if (pairs.length > MAX_CONNECT_CODES) return { error: `Give at most ${MAX_CONNECT_CODES} codes at a time.` }
  const codes: ConnectCode[] = []
  for (const pair of pairs) {
    const code = pair.code.trim()
    if (!code) return { error: `${pair.name} is empty: give a diagnosis code.` }
    if (!pair.system?.trim()) return { error: `${pair.name} needs its code system: ${CODE_SYSTEM_PARAM}=${supportedOids()}.` }
    const system = codeSystemOfOid(pair.system)
    if (!system) return { error: `The code system of ${pair.name} is not supported: use ${supportedOids()}.` }
    // The message repeats the code only when it looks like one: input is never echoed as markup.
    const problem = codeProblem(system, /^[\w.-]{1,20}$/.test(code) ? code : 'the code given')
    if (problem) return { error: problem }
    codes.push({ system, code: normalizeCode(system, code) })
  }
  if (!LANGUAGE_TAG.test(requestedLanguage(params))) return { error: `${LANGUAGE_PARAM} must be a language code such as en or es.` }
  const language = connectLanguageOf(params)
  const type = (params.get(RESPONSE_TYPE_PARAM) ?? 'text/html').trim().toLowerCase()
  if (type !== 'application/json' && type !== 'text/html') return { error: `${RESPONSE_TYPE_PARAM} must be application/json or text/html.` }
  return { codes, language, json: type === 'application/json' }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/
const requestedLanguage = (params: URLSearchParams) => (params.get(LANGUAGE_PARAM) ?? 'en').trim().toLowerCase() || 'en'

/**
 * The language a request asks for, valid or not (so even its 400 page speaks it): one we publish in,
 * else English, as MedlinePlus Connect falls back.
 */
export function connectLanguageOf(params: URLSearchParams): ConnectLanguage {
  const requested = requestedLanguage(params)
  const primary = LANGUAGE_TAG.test(requested) ? requested.split('-')[0] : undefined
  return (CONNECT_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as ConnectLanguage) : 'en'
}

/** The results page in a language: `/connect/results`, `/es/connect/results`. */
export const connectResultsPath = (language: ConnectLanguage): string => localizedPath(CONNECT_RESULTS_PATH, language)
