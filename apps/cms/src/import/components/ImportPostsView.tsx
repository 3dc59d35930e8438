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
          most), or the whole blog as a WordPress or Squarespace export (.xml). Preview first: check each post's title and
          conditions and choose which to import. Each post becomes a draft article for review; importing the same post again
          updates its draft, a published article is never changed, and once a post is published its old address leads to it.
        </p>
        {req.user ? <ImportPostsForm /> : <p>Sign in to import posts.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
