'use client'

import { useFormFields } from '@payloadcms/ui'

import { Notice, PendingNotice } from '../../admin/components/Notice'

/** The translation's state in the sidebar: a warning once the English has moved on since the Spanish review. */
export function TranslationOutOfDate() {
  const outOfDate = useFormFields(([fields]) => fields.translationOutOfDate?.value) as boolean | undefined
  const reviewedAt = useFormFields(([fields]) => fields['translation.reviewedAt']?.value) as string | null | undefined
  const reviewed = reviewedAt ? new Date(reviewedAt).toLocaleDateString('en-US', { dateStyle: 'medium' }) : null
  if (!reviewed) {
    return <PendingNotice>Spanish: no reviewed translation yet. Readers of the Spanish site see a note and the English page.</PendingNotice>
  }
  return (
    <Notice warn={Boolean(outOfDate)} title={outOfDate ? 'Translation out of date' : 'Spanish translation reviewed'}>
      {outOfDate
        ? ` The English changed after the Spanish was reviewed (${reviewed}). Update the Spanish text and send it for review; until then the Spanish page shows the text reviewed on ${reviewed}.`
        : ` ${reviewed}.`}
    </Notice>
  )
}
