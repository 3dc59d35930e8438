import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

/** The REST API as the Next route serves it, with an optional signed-in token. */
export async function rest(token: string | undefined, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders }
  if (token) headers.authorization = `JWT ${token}`
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined }),
  })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

/** The GraphQL endpoint as the Next route serves it. */
export async function graphql(token: string | undefined, query: string, variables?: Record<string, unknown>) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
  )
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: unknown }[] }
}

/** Signs in through REST and returns the token. */
export async function signIn(email: string, password = 'a-long-test-password'): Promise<string> {
  const { json } = await rest(undefined, 'POST', '/users/login', { email, password })
  if (typeof json.token !== 'string') throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(json)}`)
  return json.token
}
