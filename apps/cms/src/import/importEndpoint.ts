import type { Endpoint } from 'payload'

import { hasRole, type Role } from '../access'
import { importPosts, type ImportFile } from './importPosts'

const MAX_FILES = 50

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/articles/import (multipart: `files`, optional `dryRun=1`): the admin's Import posts view.
 * Editors and admins only; the signed-in editor's access applies to every document it writes.
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
    const files: ImportFile[] = []
    for (const upload of uploads) files.push({ name: upload.name || 'upload', bytes: new Uint8Array(await upload.arrayBuffer()) })
    const reports = await importPosts(req.payload, files, { dryRun: form.get('dryRun') === '1', req })
    return Response.json({ reports })
  },
}
