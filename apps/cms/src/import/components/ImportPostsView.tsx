import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { ImportPostsForm } from './ImportPostsForm'

/** Admin view at /admin/import-posts: upload clinic blog posts, see the report per post. */
export function ImportPostsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import posts</h1>
        <p>
          Bring posts over from a clinic blog: plain text copied from the page, saved HTML pages or Markdown files (5 MB each at
          most). Each post becomes a draft article for review; importing the same post again updates its draft, and a published
          article is never changed.
        </p>
        {req.user ? <ImportPostsForm /> : <p>Sign in to import posts.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
