const formatDate = (value: string) =>
  new Date(value).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** "Reviewed by … on …" and the next review date: readers can judge how current the page is. */
export function ReviewInfo({
  reviewedBy,
  lastReviewed,
  nextReviewDue,
}: {
  reviewedBy?: string | null
  lastReviewed?: string | null
  nextReviewDue?: string | null
}) {
  if (!reviewedBy && !lastReviewed) return null
  return (
    <p className="mt-2 text-sm text-slate-700" data-review-info>
      {reviewedBy ? <>Clinically reviewed by {reviewedBy}</> : 'Clinically reviewed'}
      {lastReviewed ? (
        <>
          {' '}
          on <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        </>
      ) : null}
      .
      {nextReviewDue ? (
        <>
          {' '}
          Next review due <time dateTime={nextReviewDue}>{formatDate(nextReviewDue)}</time>.
        </>
      ) : null}
    </p>
  )
}
