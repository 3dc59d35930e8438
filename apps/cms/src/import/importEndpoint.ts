import type { Endpoint } from 'payload'

import { hasRole, type Role } from '../access'
import { importPosts, type ImportChoice, type ImportFile, type ImportReport, type ImportResult } from './importPosts'

const MAX_FILES = 50

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** One line of the streamed answer: progress after each post, then the whole result. */
export type ImportStreamLine = { progress: { done: number; total: number; title: string } } | { result: ImportResult } | { error: string }

/** The editor's choices from the preview: `{ [sourceKey]: { include, title, conditions } }`; anything else is refused. */
function parseChoices(raw: FormDataEntryValue | null): Record<string, ImportChoice> | string | undefined {
  if (raw === null || raw === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(String(raw))
  } catch {
    return '"choices" must be JSON.'
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '"choices" must be an object keyed by post.'
  const choices: Record<string, ImportChoice> = {}
  for (const [key, choice] of Object.entries(value as Record<string, unknown>)) {
    if (!choice || typeof choice !== 'object') return `"choices.${key}" must be an object.`
    const { include, title, conditions } = choice as Record<string, unknown>
    if (include !== undefined && typeof include !== 'boolean') return `"choices.${key}.include" must be true or false.`
    if (title !== undefined && (typeof title !== 'string' || title.length > 300)) return `"choices.${key}.title" must be text of at most 300 characters.`
    if (conditions !== undefined && !(Array.isArray(conditions) && conditions.every((id) => Number.isInteger(id) && id > 0))) {
      return `"choices.${key}.conditions" must be a list of condition ids.`
    }
    choices[key] = { include: include as boolean | undefined, title: title as string | undefined, conditions: conditions as number[] | undefined }
  }
  return choices
}

/**
 * POST /api/articles/import (multipart: `files`, optional `dryRun=1`, `choices` JSON, `stream=1`): the
 * admin's Import posts view. Posts (.txt, .html, .md) and whole-blog exports (.xml). With `stream=1`
 * the answer is NDJSON: a progress line after each post, then the result. Editors and admins only; the
 * signed-in editor's access applies to every document it writes.
 */
export const importPostsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user as { roles?: Role[] } | null, 'admin', 'editor')) return error(403, 'Only editors and admins can import posts.')
    let form: FormData
    try {
      form = await req.formData!()
    } catch {
      return error(400, 'Send the posts as multipart form data, in a field named "files".')
    }
    const uploads = form.getAll('files').filter((value): value is File => typeof value === 'object' && 'arrayBuffer' in value)
    if (!uploads.length) return error(400, 'Choose at least one file to import.')
    if (uploads.length > MAX_FILES) return error(400, `Import at most ${MAX_FILES} files at a time.`)
    const choices = parseChoices(form.get('choices'))
    if (typeof choices === 'string') return error(400, choices)
    const files: ImportFile[] = []
    for (const upload of uploads) files.push({ name: upload.name || 'upload', bytes: new Uint8Array(await upload.arrayBuffer()) })
    const options = { dryRun: form.get('dryRun') === '1', choices, req }
    if (form.get('stream') !== '1') return Response.json(await importPosts(req.payload, files, options))

    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        const onProgress = (done: number, total: number, report: ImportReport) => send({ progress: { done, total, title: report.ok ? report.title : report.file } })
        try {
          send({ result: await importPosts(req.payload, files, { ...options, onProgress }) })
        } catch (caught) {
          send({ error: caught instanceof Error ? caught.message : String(caught) })
        }
        controller.close()
      },
    })
    return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } })
  },
}
