import { Presets, SingleBar } from 'cli-progress'

import type { ImportReport } from './importPosts'

/** From this many posts on (an export, a folder of posts) the command line shows how far it is. */
const SHOW_FROM = 5

/**
 * The command line's progress bar for an import, on stderr (stdout carries the report) and only on a
 * terminal; `update` is the importer's `onProgress`.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let bar: SingleBar | undefined
  return {
    update: (done: number, total: number, report: ImportReport) => {
      if (!stream.isTTY || total < SHOW_FROM) return
      if (!bar) {
        bar = new SingleBar({ stream, format: 'Importing {bar} {value}/{total} posts  {post}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
        bar.start(total, 0, { post: '' })
      }
      bar.update(done, { post: (report.ok ? report.title : report.file).slice(0, 50) })
    },
    stop: () => bar?.stop(),
  }
}
