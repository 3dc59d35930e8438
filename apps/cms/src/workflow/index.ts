import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { auditContent } from '../collections/AuditLog/hooks/recordAudit'
import { workflowMail } from '../email/workflowMail'
import { changesSincePublishedEndpoint } from './changes/changesEndpoint'
import { enforceWorkflow, keepServerBookkeeping, rememberDraftFlag } from './enforceWorkflow'
import { leaveEndpoint, releaseLockOnSubmit } from './leave/leaveEndpoint'
import { workflowFields } from './fields'
import type { PublishRuleOptions } from './rules'
import { hasLocalizedFields, translationFields } from './translation'

/** Lists show the review status instead of Payload's draft/published, beside the next review date (marked when due). */
function listColumns(columns: string[] | undefined): string[] | undefined {
  if (!columns) return columns
  const status = columns.map((column) => (column === '_status' ? 'workflowStatus' : column))
  if (status.includes('nextReviewDue')) return status
  const at = status.indexOf('workflowStatus')
  return at < 0 ? [...status, 'nextReviewDue'] : [...status.slice(0, at), 'nextReviewDue', ...status.slice(at)]
}

const SAVE_STATUS = '/workflow/components/SaveStatus#SaveStatus'
const RULE_ERROR = '/workflow/components/RuleError#RuleError'
const WITHOUT_OWN_ERROR = new Set(['ui', 'group', 'row', 'collapsible', 'tabs'])

/** Top-level fields show the rule that refused the last save (hooks' rules, which form state forgets). */
function showsRules(field: Field): Field {
  const admin = (field.admin ?? {}) as { hidden?: boolean; components?: Record<string, unknown> }
  if (!('name' in field) || WITHOUT_OWN_ERROR.has(field.type) || admin.hidden || admin.components?.Error) return field
  return { ...field, admin: { ...admin, components: { ...admin.components, Error: RULE_ERROR } } } as Field
}

const RICH_TEXT_DIFF = '/workflow/changes/RichTextDiff#RichTextDiff'

/** Rich text compares with its callouts and citation markers spelled out (Payload shows them as chips). */
function comparesBlocks(field: Field): Field {
  if (field.type !== 'richText') return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Diff: RICH_TEXT_DIFF } } }
}

/** What approving this draft would change for readers, at the top of the sidebar. */
const changesSincePublished: Field = {
  name: 'changesSincePublished',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/workflow/changes/ChangesSincePublished#ChangesSincePublished' } },
}

/** Adds the review workflow (fields, rules, audit entries, list column, save state) to a versioned collection. */
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
          // The steps as buttons in the header, and Publish only where this version can be published;
          // the save state (a refused save and its rules) before them.
          beforeDocumentControls: [
            ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
            SAVE_STATUS,
            '/workflow/components/WorkflowActions#WorkflowActions',
            '/workflow/leave/ReleaseOnLeave#ReleaseOnLeave',
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
      afterChange: [audit.afterChange, ...(config.hooks?.afterChange ?? []), releaseLockOnSubmit(slug), workflowMail],
      afterDelete: [audit.afterDelete, ...(config.hooks?.afterDelete ?? [])],
    },
    endpoints: [...(config.endpoints || []), changesSincePublishedEndpoint(slug), leaveEndpoint(slug)],
    // Short: a lock outlives its editor's last keystroke by two minutes at most (closing the tab releases it at once).
    lockDocuments: { duration: 120 },
    fields: [changesSincePublished, ...config.fields, ...workflowFields, ...(hasLocalizedFields(config.fields) ? translationFields : [])]
      .map(showsRules)
      .map(comparesBlocks),
  }
}

export { STATUS_LABELS, WORKFLOW_STATUSES, type WorkflowStatus } from './rules'
