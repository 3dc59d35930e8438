import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { MAX_IMPORT_BYTES } from '@kat/post-import'

import type { ImportFile, ImportReport } from './importPosts'

const POST_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xml'])
/** A whole-blog export (.xml) may be larger than one post. */
const limitOf = (file: string) => (path.extname(file).toLowerCase() === '.xml' ? MAX_IMPORT_BYTES * 20 : MAX_IMPORT_BYTES)

/**
 * The files named on the command line; a directory gives its post files (.txt, .md, .html) and
 * exports (.xml), sorted.
 * A path that cannot be read becomes a failed report instead of stopping the import.
 */
export function readImportFiles(paths: string[]): { files: ImportFile[]; unreadable: ImportReport[] } {
  const files: ImportFile[] = []
  const unreadable: ImportReport[] = []
  const add = (file: string) => {
    try {
      const size = statSync(file).size
      // Not read whole: a post is never this large.
      const limit = limitOf(file)
      if (size > limit) unreadable.push({ file, ok: false, error: `${file}: ${(size / 1024 / 1024).toFixed(1)} MB is over the ${limit / 1024 / 1024} MB limit.` })
      else files.push({ name: file, bytes: readFileSync(file) })
    } catch (error) {
      unreadable.push({ file, ok: false, error: `${file}: cannot be read (${error instanceof Error ? error.message : String(error)}).` })
    }
  }
  for (const given of paths) {
    let stats
    try {
      stats = statSync(given)
    } catch {
      unreadable.push({ file: given, ok: false, error: `${given}: no such file or directory.` })
      continue
    }
    if (!stats.isDirectory()) {
      add(given)
      continue
    }
    for (const entry of readdirSync(given, { recursive: true, withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isFile() && POST_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) add(path.join(entry.parentPath, entry.name))
    }
  }
  return { files, unreadable }
}
