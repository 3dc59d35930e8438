import 'server-only'

import { PREVIEW_HEADER } from '@kat/domain/preview'
import { draftMode } from 'next/headers'

import { cached } from './cms'

/** True while an editor previews drafts (a draft-mode cookie set by a signed link from the admin). */
export const isPreviewing = async (): Promise<boolean> => (await draftMode()).isEnabled

/**
 * How to read one document: readers get the published version from the data cache; a preview gets
 * the latest draft, uncached, with the server-to-server preview secret (never sent to browsers).
 */
export async function documentRead(...tags: string[]): Promise<{ draft: boolean; init: RequestInit }> {
  if (!(await isPreviewing())) return { draft: false, init: cached(...tags) }
  return { draft: true, init: { cache: 'no-store', headers: { [PREVIEW_HEADER]: process.env.PREVIEW_SECRET ?? '' } } }
}
