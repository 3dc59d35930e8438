/** The CMS's REST API as the tests use it: sign in, read, and publish an edit through the workflow. */

type Json = Record<string, unknown>

export type CmsClient = ReturnType<typeof cmsClient>

export function cmsClient(cmsUrl: string, password: string) {
  const tokens = new Map<string, string>()

  async function signIn(email: string): Promise<string> {
    const cached = tokens.get(email)
    if (cached) return cached
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (!response.ok) throw new Error(`Sign-in as ${email} failed: HTTP ${response.status}`)
    const { token } = (await response.json()) as { token: string }
    tokens.set(email, token)
    return token
  }

  async function call(email: string | null, method: string, path: string, body?: Json): Promise<{ status: number; json: Json }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (email) headers.authorization = `JWT ${await signIn(email)}`
    const response = await fetch(`${cmsUrl}/api${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
    return { status: response.status, json: (await response.json().catch(() => ({}))) as Json }
  }

  /** The id of the published document whose `field` equals `value`. */
  async function idWhere(collection: string, field: 'slug' | 'title', value: string): Promise<number> {
    const { json } = await call(null, 'GET', `/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`)
    const id = (json.docs as { id: number }[] | undefined)?.[0]?.id
    if (!id) throw new Error(`No published ${collection} with ${field} ${value}`)
    return id
  }

  async function expectOk(step: string, result: Promise<{ status: number; json: Json }>) {
    const { status, json } = await result
    if (status !== 200 && status !== 201) throw new Error(`${step}: HTTP ${status} ${JSON.stringify(json).slice(0, 300)}`)
    return json
  }

  return {
    call,
    signIn,
    idBySlug: (collection: string, slug: string) => idWhere(collection, 'slug', slug),
    /** For documents without a slug, such as disclaimers. */
    idByTitle: (collection: string, title: string) => idWhere(collection, 'title', title),
    /** A new document written by the editor, approved by the reviewer, published by the editor. */
    async createAndPublish(collection: string, data: Json): Promise<number> {
      const created = await expectOk('create', call('editor@example.com', 'POST', `/${collection}?draft=true`, { ...data, workflowStatus: 'in-review', _status: 'draft' }))
      const id = (created.doc as { id: number }).id
      await expectOk('approve', call('reviewer@example.com', 'PATCH', `/${collection}/${id}?draft=true`, { workflowStatus: 'approved' }))
      await expectOk('publish', call('editor@example.com', 'PATCH', `/${collection}/${id}`, { _status: 'published' }))
      return id
    },
    /** An editor's change, approved by the reviewer and published by the editor: the real workflow. */
    async publishEdit(collection: string, id: number, data: Json): Promise<void> {
      await expectOk('edit', call('editor@example.com', 'PATCH', `/${collection}/${id}?draft=true`, { ...data, workflowStatus: 'in-review' }))
      await expectOk('approve', call('reviewer@example.com', 'PATCH', `/${collection}/${id}?draft=true`, { workflowStatus: 'approved' }))
      await expectOk('publish', call('editor@example.com', 'PATCH', `/${collection}/${id}`, { _status: 'published' }))
    },
    /** The editor's Unpublish: the live document becomes a draft again. */
    async unpublish(collection: string, id: number): Promise<void> {
      await expectOk('unpublish', call('editor@example.com', 'PATCH', `/${collection}/${id}`, { _status: 'draft' }))
    },
    /** The editor deletes the document. */
    async remove(collection: string, id: number): Promise<void> {
      await expectOk('delete', call('editor@example.com', 'DELETE', `/${collection}/${id}`))
    },
  }
}

/** Polls until `check` passes or the time is up; returns how long it took. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 30_000, intervalMs = 100): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
