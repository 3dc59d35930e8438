'use client'

import { FieldError, useDocumentInfo } from '@payloadcms/ui'

import { ruleFor, useRefusal } from './refusals'

/** A field's error: the rule that refused the last save, else Payload's own validation message. */
export function RuleError({ path }: { path: string }) {
  const { collectionSlug, id } = useDocumentInfo()
  const rule = ruleFor(useRefusal(`${collectionSlug}:${id}`), path)
  return rule ? <FieldError path={path} message={rule} showError /> : <FieldError path={path} />
}
