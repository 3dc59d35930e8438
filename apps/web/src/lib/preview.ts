import 'server-only'

import { PREVIEW_HEADER } from '@kat/domain/preview'
import { draftMode } from 'next/headers'

/** True while an editor previews drafts (a draft-mode cookie set by a signed link from the admin). */
export const isPreviewing = async (): Promise<boolean> => (await draftMode()).isEnabled

/**
 * A preview reads the latest drafts, uncached, with the server-to-server preview secret (never sent to
 * browsers); readers get published versions from the data cache instead.
 */
export const previewInit = (): RequestInit => ({ cache: 'no-store', headers: { [PREVIEW_HEADER]: process.env.PREVIEW_SECRET ?? '' } })
