import type { Field } from 'payload'

/** Who reviewed the content clinically and when it is due again; shown to readers as "Reviewed by … on …". */
export const reviewFields: Field[] = [
  {
    name: 'reviewer',
    label: 'Clinical reviewer',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    filterOptions: { roles: { in: ['reviewer'] } },
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewedBy',
    label: 'Reviewed by (as shown to readers)',
    type: 'text',
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: "The reviewer's name and credentials when they approved; readers never see accounts.",
    },
  },
  {
    name: 'lastReviewed',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
  },
  {
    name: 'nextReviewDue',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly' },
      description: 'Content past this date is flagged for review.',
    },
  },
]
