import { baseIDField, type Field } from 'payload'

import { internalField } from '../fields/internal'
import { STATUS_LABELS, WORKFLOW_STATUSES } from './rules'

/** Status, who did what and when, and the review-overdue flag. Only the workflow hook writes history. */
export const workflowFields: Field[] = [
  {
    name: 'workflowStatus',
    label: 'Review status',
    type: 'select',
    // Not `required`: the workflow hook always sets it, so API clients need not send it.
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
    admin: {
      position: 'sidebar',
      // Changed through the steps in the header (Send for review, Approve, Request changes), each with its note.
      readOnly: true,
      description:
        'Draft → In review (editor sends it) → Approved (another person, a reviewer) → Published (Publish button). Editing approved content sends it back to review.',
      components: { Cell: '/workflow/components/WorkflowStatusCell#WorkflowStatusCell' },
    },
  },
  internalField({
    name: 'workflowNote',
    label: 'Note for this step',
    type: 'textarea',
    // Sent with a step from the header's dialog; API clients send it beside `workflowStatus`.
    admin: { hidden: true },
  }),
  {
    // A draft a reviewer sent back (in review → draft by a reviewer); cleared by the next status change.
    name: 'changesRequested',
    label: 'Changes requested',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: { hidden: true },
  },
  {
    name: 'reviewOverdue',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: { position: 'sidebar', readOnly: true, description: 'Set when the next review date has passed.' },
  },
  {
    // Refreshed on every save and by the nightly job, like reviewOverdue: a saved list view cannot hold a relative date.
    name: 'reviewDueSoon',
    label: 'Review due within 30 days',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: { hidden: true },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar', readOnly: true, description: 'Who last sent it for review.' },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar', readOnly: true },
  },
  internalField({
    // What the approving reviewer saw (see fingerprint.ts), and what went live; written by the server only.
    name: 'approvedFingerprint',
    type: 'text',
    admin: { hidden: true },
  }),
  internalField({
    name: 'publishedFingerprint',
    type: 'text',
    admin: { hidden: true },
  }),
  internalField({
    name: 'workflowHistory',
    label: 'Review history',
    type: 'array',
    admin: {
      readOnly: true,
      initCollapsed: true,
      description: 'Every status change: who, when, from, to.',
      components: { RowLabel: '/workflow/components/HistoryRowLabel#HistoryRowLabel' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'from', type: 'select', options: WORKFLOW_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })) },
          { name: 'to', type: 'select', options: WORKFLOW_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })) },
          { name: 'by', type: 'relationship', relationTo: 'users' },
          { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
      { name: 'note', type: 'textarea' },
      // Payload's own row id, declared here only so that it, too, stays out of the filters.
      baseIDField,
    ],
  }),
]
