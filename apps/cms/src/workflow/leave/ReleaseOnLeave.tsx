'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect } from 'react'

/**
 * Tells the server when the editor leaves the document: the tab closes (a beacon, which survives the
 * page) or the admin navigates elsewhere. The server releases this person's edit lock and discards the
 * draft that "Create New" made if nothing was typed into it. Renders nothing.
 */
export function ReleaseOnLeave() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  useEffect(() => {
    if (!id || !collectionSlug) return
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}/leave` })
    const onPageHide = () => navigator.sendBeacon(url)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      void fetch(url, { method: 'POST', credentials: 'include', keepalive: true }).catch(() => undefined)
    }
  }, [id, collectionSlug, config.routes.api])
  return null
}
