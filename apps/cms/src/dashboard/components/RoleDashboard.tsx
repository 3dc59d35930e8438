import { formatDate } from '@payloadcms/ui/shared'
import type { ServerProps } from 'payload'

import { DATE_FORMAT } from '../../admin/dateFormat'
import { loadDashboard, type DashboardView, type ListedDocument } from '../loadDashboard'
import './RoleDashboard.css'

type Props = Pick<ServerProps, 'payload' | 'user' | 'i18n'>

/** Above Payload's collection grid: what needs the signed-in person, first what their role needs first. */
export async function RoleDashboard({ payload, user, i18n }: Props) {
  if (!user) return null
  const views = await loadDashboard(payload, user)
  if (!views.length) return null
  const date = (value: string | null | undefined) => (value ? formatDate({ date: value, i18n, pattern: DATE_FORMAT }) : '')
  const singular = (doc: ListedDocument) => {
    const label = payload.collections[doc.collection].config.labels.singular
    return typeof label === 'string' ? label : doc.collection
  }
  const detail = (view: DashboardView, doc: ListedDocument) => {
    switch (view.detail) {
      case 'submitter':
        return doc.submittedBy ? `sent by ${doc.submittedBy}` : undefined
      case 'due':
        return doc.nextReviewDue ? `review due ${date(doc.nextReviewDue)}` : undefined
      case 'grade':
        return typeof doc.readingGrade === 'number' ? `grade ${doc.readingGrade}` : undefined
      case 'updated':
      case 'note':
        return doc.updatedAt ? `updated ${date(doc.updatedAt)}` : undefined
    }
  }
  return (
    <section className="kat-dashboard" aria-labelledby="kat-dashboard-heading">
      <h2 id="kat-dashboard-heading" className="kat-dashboard__heading">
        What needs you
      </h2>
      <ul className="kat-dashboard__views">
        {views.map((view) => (
          <li key={view.key} className={`kat-dashboard__view${view.total ? '' : ' kat-dashboard__view--empty'}`} data-view={view.key}>
            <h3 className="kat-dashboard__title" id={`kat-view-${view.key}`}>
              <span>{view.title}</span> <span className="kat-dashboard__count">{view.total}</span>
            </h3>
            <p className="kat-dashboard__description">{view.description}</p>
            {view.documents.length ? (
              <ul className="kat-dashboard__documents">
                {view.documents.map((doc) => (
                  <li key={`${doc.collection}-${doc.id}`}>
                    <a href={doc.url}>{doc.title}</a> <span className="kat-dashboard__meta">{[singular(doc), detail(view, doc)].filter(Boolean).join(', ')}</span>
                    {doc.request ? (
                      <figure className="kat-dashboard__request">
                        <blockquote>{doc.request.note || 'No note.'}</blockquote>
                        <figcaption>
                          {doc.request.by ?? 'A reviewer'}, {date(doc.request.at)}
                        </figcaption>
                      </figure>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="kat-dashboard__none">Nothing here.</p>
            )}
            {view.total ? (
              <nav className="kat-dashboard__lists" aria-label={`${view.title}: lists`}>
                {view.lists
                  .filter((list) => list.count)
                  .map((list) => (
                    <a key={list.collection} href={list.url}>
                      {list.label} ({list.count})
                    </a>
                  ))}
              </nav>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
