import type { Locale } from '@kat/contract'

import { formatDate, translator } from '@/i18n'
import type { Translation } from '@/lib/translation'

const at = (value: string) => (text: React.ReactNode) => <time dateTime={value}>{text}</time>

/**
 * "Reviewed by … on …" and the next review date: readers can judge how current the page is. A page in
 * another language adds who approved its translation and when: its own review date.
 */
export function ReviewInfo({
  reviewedBy,
  lastReviewed,
  nextReviewDue,
  translation,
  locale,
}: {
  reviewedBy?: string | null
  lastReviewed?: string | null
  nextReviewDue?: string | null
  translation?: Translation
  locale: Locale
}) {
  if (!reviewedBy && !lastReviewed) return null
  const t = translator(locale, 'Review')
  const translated = locale !== 'en' && translation?.reviewedAt ? translation.reviewedAt : undefined
  return (
    <p className="mt-2 text-sm text-slate-700" data-review-info>
      {reviewedBy ? t('reviewedBy', { name: reviewedBy }) : t('reviewed')}
      {lastReviewed ? <> {t.rich('on', { date: formatDate(lastReviewed, locale), time: at(lastReviewed) })}</> : null}.
      {nextReviewDue ? <> {t.rich('nextDue', { date: formatDate(nextReviewDue, locale), time: at(nextReviewDue) })}</> : null}
      {translated ? (
        <span data-translation-review>
          {' '}
          {translation?.reviewedBy
            ? t.rich('translation', { name: translation.reviewedBy, date: formatDate(translated, locale), time: at(translated) })
            : t.rich('translationNoName', { date: formatDate(translated, locale), time: at(translated) })}
        </span>
      ) : null}
    </p>
  )
}
