import type { CollectionConfig, CollectionSlug } from 'payload'

import { auditContent } from '../collections/AuditLog/hooks/recordAudit'
import { workflowMail } from '../email/workflowMail'
import { enforceWorkflow, keepServerBookkeeping, rememberDraftFlag } from './enforceWorkflow'
import { workflowFields } from './fields'
import type { PublishRuleOptions } from './rules'

/** Lists show the review status instead of Payload's draft/published, beside the next review date (marked when due). */
function listColumns(columns: string[] | undefined): string[] | undefined {
  if (!columns) return columns
  const status = columns.map((column) => (column === '_status' ? 'workflowStatus' : column))
  if (status.includes('nextReviewDue')) return status
  const at = status.indexOf('workflowStatus')
  return at < 0 ? [...status, 'nextReviewDue'] : [...status.slice(0, at), 'nextReviewDue', ...status.slice(at)]
}

/** Adds the review workflow (fields, rules, audit entries, list column) to a versioned collection. */
export function withWorkflow(config: CollectionConfig, options: PublishRuleOptions): CollectionConfig {
  const slug = config.slug as CollectionSlug
  const audit = auditContent(slug)
  return {
    ...config,
    admin: {
      ...config.admin,
      defaultColumns: listColumns(config.admin?.defaultColumns),
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          // The steps as buttons in the header, and Publish only where this version can be published.
          beforeDocumentControls: [
            ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
            '/workflow/components/WorkflowActions#WorkflowActions',
          ],
          PublishButton: '/workflow/components/WorkflowPublishButton#WorkflowPublishButton',
          Status: '/workflow/components/WorkflowStatus#WorkflowStatus',
        },
      },
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), rememberDraftFlag(slug)],
      // Bookkeeping is reset first, so the content hooks and the workflow see only what the server wrote.
      beforeChange: [keepServerBookkeeping(slug), ...(config.hooks?.beforeChange ?? []), enforceWorkflow(slug, options)],
      // Recorded first, inside the save's transaction: later hooks (the portal notice) see a complete change.
      // Mail last: it goes out only once the save has committed, and never fails it.
      afterChange: [audit.afterChange, ...(config.hooks?.afterChange ?? []), workflowMail],
      afterDelete: [audit.afterDelete, ...(config.hooks?.afterDelete ?? [])],
    },
    fields: [...config.fields, ...workflowFields],
  }
}

export { STATUS_LABELS, WORKFLOW_STATUSES, type WorkflowStatus } from './rules'
