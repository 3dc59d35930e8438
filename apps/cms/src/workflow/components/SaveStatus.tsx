'use client'

import {
  LeaveWithoutSaving,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useFormBackgroundProcessing,
  useFormProcessing,
  useLocale,
  useWatchForm,
} from '@payloadcms/ui'
import { formatAdminURL, hasAutosaveEnabled } from 'payload/shared'
import { useEffect, useRef } from 'react'

import { describeFieldError, type FieldError } from '../../errors/fieldErrors'
import { getRefusal, setRefusal, useRefusal, type Refusal } from './refusals'

/**
 * Fields that ask the workflow for something rather than hold content: when a rule refuses one of a
 * group, the group goes back to the stored values, so the next autosave does not send the refused
 * request again (an approval refused for its date must not go through with the default date).
 */
const RESET_TOGETHER = [['workflowStatus', 'nextReviewDue'], ['disclaimers']]

const TIMESTAMPS = new Set(['id', 'createdAt', 'updatedAt', '_status'])
/** Values compared as stored JSON, key order aside (the form keeps array rows' keys in its own order). */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  )
const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b)

type ClientField = { name?: string; label?: unknown; fields?: ClientField[]; tabs?: ClientField[] }

function labelOf(fields: ClientField[] | undefined, name: string): string | undefined {
  for (const field of fields ?? []) {
    if (field.name === name) {
      const { label } = field
      if (typeof label === 'string') return label
      if (label && typeof label === 'object') return Object.values(label as Record<string, string>)[0]
      return undefined
    }
    const nested = field.name ? undefined : labelOf(field.fields ?? field.tabs, name)
    if (nested) return nested
  }
  return undefined
}

/**
 * The save state of the document, in its header: a refused save says "Not saved:" with each failed
 * rule until a later save succeeds (instead of "Last saved …"), the refused workflow request is set back
 * to the stored values, and leaving with unsaved changes asks first (Payload asks only without autosave).
 */
export function SaveStatus() {
  const { fields, isValid, dispatchFields, getData, setIsValid, setModified } = useWatchForm()
  const processing = useFormProcessing()
  const backgroundProcessing = useFormBackgroundProcessing()
  const busy = processing || backgroundProcessing
  const { collectionSlug, id, docConfig } = useDocumentInfo()
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const editDepth = useEditDepth()
  const key = `${collectionSlug}:${id}`
  const refusal = useRefusal(key)
  const handled = useRef(false)
  const wasBusy = useRef(false)
  const docFields = docConfig?.fields as ClientField[] | undefined

  function onRefused() {
    // Payload has just put the server's errors (and any failed validation) on the fields.
    const errors: FieldError[] = Object.entries(fields)
      .filter(([, field]) => field.valid === false && field.errorMessage)
      .map(([path, field]) => ({ path, message: field.errorMessage!, label: labelOf(docFields, path.split('.')[0]!) }))
    const refusal: Refusal = { failing: true, errors, reset: {} }
    setRefusal(key, refusal)
    if (!id || !collectionSlug) return
    const data = getData()
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}?draft=true&depth=0&locale=${locale}` })
    void fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : undefined))
      .then((stored) => {
        // A newer save may have settled things meanwhile.
        if (!stored || getRefusal(key) !== refusal) return
        const refused = RESET_TOGETHER.filter((group) => group.some((path) => errors.some((error) => error.path === path))).flat()
        const reset = Object.fromEntries(
          refused.filter((path) => path in fields && !sameValue(fields[path]?.value, stored[path])).map((path) => [path, stored[path] ?? null]),
        )
        for (const [path, value] of Object.entries(reset)) dispatchFields({ type: 'UPDATE', path, value })
        // Nothing else differs from what is stored: the refusal cost no work, there is nothing to save or guard.
        const unsaved = Object.entries({ ...data, ...reset }).some(
          ([name, value]) => name in stored && !TIMESTAMPS.has(name) && !sameValue(value, stored[name]),
        )
        setRefusal(key, { ...refusal, failing: unsaved, reset })
        if (!unsaved) {
          setModified(false)
          setIsValid(true)
        }
      })
  }

  useEffect(() => {
    if (busy) {
      wasBusy.current = true
      return
    }
    const saveEnded = wasBusy.current
    wasBusy.current = false
    if (!isValid) {
      if (!handled.current) onRefused()
      handled.current = true
      return
    }
    handled.current = false
    const current = getRefusal(key)
    // A later save went through: what it refused is resolved, except fields set back, until they change.
    if (saveEnded && current) setRefusal(key, { failing: false, errors: current.errors.filter((error) => error.path in current.reset), reset: current.reset })
  }, [busy, isValid]) // eslint-disable-line react-hooks/exhaustive-deps -- once per finished save

  // A field set back keeps its rule shown until someone changes it.
  useEffect(() => {
    if (!refusal || refusal.failing) return
    const unchanged = Object.entries(refusal.reset).filter(([path, value]) => sameValue(fields[path]?.value, value))
    if (unchanged.length !== Object.keys(refusal.reset).length) {
      setRefusal(key, { ...refusal, errors: refusal.errors.filter((error) => !(error.path in refusal.reset) || unchanged.some(([path]) => path === error.path)), reset: Object.fromEntries(unchanged) })
    }
  }, [fields, refusal, key])

  useEffect(() => () => setRefusal(key, undefined), [key])

  // Payload's edit view guards leaving only when autosave is off; drawers leave through their own close.
  const guard = editDepth <= 1 && docConfig && hasAutosaveEnabled(docConfig) ? <LeaveWithoutSaving /> : null
  if (!refusal) return guard

  const setBack = Object.keys(refusal.reset).map((path) => labelOf(docFields, path) ?? path)
  const heading = refusal.failing ? 'Not saved:' : setBack.length ? `${setBack.join(' and ')} set back to the saved value:` : 'Refused:'
  return (
    <>
      {guard}
      <div className={`save-status save-status--${refusal.failing ? 'failed' : 'refused'}`} role={refusal.failing ? 'alert' : 'status'}>
        <strong>{heading}</strong> {refusal.errors.length ? refusal.errors.map(describeFieldError).join(' ') : 'the server refused this save.'}
        {!refusal.failing && (
          <button type="button" className="save-status__dismiss" aria-label="Dismiss" onClick={() => setRefusal(key, undefined)}>
            ×
          </button>
        )}
      </div>
    </>
  )
}
