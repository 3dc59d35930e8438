'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { ChangesSincePublished as Changes } from './changesEndpoint'

/**
 * "Since last published", at the top of the sidebar: what a reviewer approving this draft would change
 * for readers, field by field, with a link to the full compare view. Refreshed after every save.
 */
export function ChangesSincePublished() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [changes, setChanges] = useState<Changes | null>(null)
  const savedAt = savedDocumentData?.updatedAt as string | undefined

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}/changes` })
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Changes>) : null))
      .then(setChanges)
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, savedAt, config.routes.api])

  if (!id || !changes) return null
  return (
    <section className="changes-since-published" aria-labelledby="changes-since-published" style={{ marginBottom: '1.5rem' }}>
      <h3 id="changes-since-published" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        Since last published
      </h3>
      {!changes.published ? (
        <p style={{ margin: 0 }}>Not live: readers see none of this yet.</p>
      ) : changes.changes.length === 0 ? (
        <p style={{ margin: 0 }}>No changes: this draft is what readers see.</p>
      ) : (
        <>
          <ul style={{ margin: 0, paddingLeft: '1.1rem' }} data-changes-since-published>
            {changes.changes.map((change) => (
              <li key={change.field} style={{ marginBottom: '0.35rem' }}>
                <strong>{change.label}</strong>
                {change.locales && change.locales.length ? ` (${change.locales.join(', ')})` : ''}
                <ul style={{ margin: '0.15rem 0 0', paddingLeft: '1rem' }}>
                  {change.details.map((detail, index) => (
                    <li key={index} style={{ overflowWrap: 'anywhere' }}>
                      {detail}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {changes.compareUrl ? (
            <p style={{ margin: '0.5rem 0 0' }}>
              <a href={changes.compareUrl}>Compare with the live version</a>
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
