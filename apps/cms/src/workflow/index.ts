import type { CollectionConfig, CollectionSlug } from 'payload'

import { enforceWorkflow } from './enforceWorkflow'
import { workflowFields } from './fields'
import type { PublishRuleOptions } from './rules'

/** Adds the review workflow (fields, rules, list column) to a versioned collection. */
export function withWorkflow(config: CollectionConfig, options: PublishRuleOptions): CollectionConfig {
  return {
    ...config,
    admin: {
      ...config.admin,
      defaultColumns: config.admin?.defaultColumns?.map((column) => (column === '_status' ? 'workflowStatus' : column)),
    },
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), enforceWorkflow(config.slug as CollectionSlug, options)],
    },
    fields: [...config.fields, ...workflowFields],
  }
}

export { STATUS_LABELS, WORKFLOW_STATUSES, type WorkflowStatus } from './rules'
