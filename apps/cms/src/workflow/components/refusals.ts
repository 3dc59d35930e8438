'use client'

import { useSyncExternalStore } from 'react'

import type { FieldError } from '../../errors/fieldErrors'

/**
 * The last refused save of a document, for the header and the fields. Payload's form state cannot hold
 * it: the next form-state request (250 ms after any change) marks every field valid again, since the
 * server validates fields only and knows nothing of the workflow's rules.
 */
export type Refusal = {
  /** True until a later save succeeds. */
  failing: boolean
  /** Shown on their fields and in the header; after a later save, only those of fields still set back. */
  errors: FieldError[]
  /** Fields set back to the stored values, with those values: their rule stays shown until they change. */
  reset: Record<string, unknown>
}

const refusals = new Map<string, Refusal>()
const listeners = new Set<() => void>()

export function setRefusal(documentKey: string, refusal: Refusal | undefined): void {
  if (refusal && (refusal.failing || refusal.errors.length)) refusals.set(documentKey, refusal)
  else refusals.delete(documentKey)
  for (const listener of listeners) listener()
}

/** A refused step taken outside the form (the header's workflow buttons): its rules on their fields. */
export function showRefusal(documentKey: string, errors: { path?: string; message?: string }[]): void {
  const onFields = errors.filter((error): error is FieldError => Boolean(error.path && error.message))
  setRefusal(documentKey, { failing: false, errors: onFields, reset: {} })
}

export const getRefusal = (documentKey: string): Refusal | undefined => refusals.get(documentKey)

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export const useRefusal = (documentKey: string): Refusal | undefined =>
  useSyncExternalStore(subscribe, () => refusals.get(documentKey), () => undefined)

export const ruleFor = (refusal: Refusal | undefined, path: string): string | undefined =>
  refusal?.errors.find((error) => error.path === path)?.message
