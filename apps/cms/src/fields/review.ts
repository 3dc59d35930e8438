import type { Field } from 'payload'

/**
 * Who reviewed the content clinically and when it is due again; shown to readers as "Reviewed by … on …".
 * Written by the workflow only (see workflow/enforceWorkflow.ts): whatever a client sends is ignored.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewer',
    label: 'Clinical reviewer',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    filterOptions: { roles: { in: ['reviewer'] } },
    admin: { position: 'sidebar', readOnly: true, description: 'Set by the approval: the reviewer who approved it.' },
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
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly' }, description: 'Set by the approval.' },
  },
  {
    name: 'nextReviewDue',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayOnly' },
      components: { Cell: '/workflow/components/ReviewDueCell#ReviewDueCell' },
      description:
        'Content past this date is flagged for review. Set by the approval: one review interval ahead (Site settings), or an earlier date the reviewer picks in the Approve dialog.',
    },
  },
]
