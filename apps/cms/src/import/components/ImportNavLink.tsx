import Link from 'next/link'

/** "Import posts" under the collections in the admin's navigation. */
export function ImportNavLink() {
  return (
    <Link href="/admin/import-posts" className="nav__link" id="nav-import-posts">
      <span className="nav__link-label">Import posts</span>
    </Link>
  )
}
