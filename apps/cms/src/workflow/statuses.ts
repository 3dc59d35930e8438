/** The workflow's statuses, apart from the rules so the admin's client components can import them. */
export const WORKFLOW_STATUSES = ['draft', 'in-review', 'approved', 'published'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
}
