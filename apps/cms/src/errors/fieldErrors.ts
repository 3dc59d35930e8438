import type { AfterErrorHook } from 'payload'

/** One failed rule of a refused save, on the field it concerns (Payload's `ValidationError` data). */
export type FieldError = { path: string; message: string; label?: unknown }

const isFieldError = (value: unknown): value is FieldError =>
  Boolean(value) && typeof (value as FieldError).path === 'string' && typeof (value as FieldError).message === 'string'

/**
 * The field errors an error carries, read by its shape rather than its class: in the production build
 * the instrumentation and the API routes are bundled apart, each with its own copy of Payload's error
 * classes, so Payload's `instanceof ValidationError` fails on errors thrown by hooks of the config that
 * the instrumentation loaded, and the REST body loses its `data` (the minified class name also turns
 * `name` into a letter). GraphQL hands over its own error, with Payload's as `originalError`.
 */
export function fieldErrorsOf(error: unknown): FieldError[] | undefined {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error
  const { status, isPublic, data } = (original ?? {}) as { status?: number; isPublic?: boolean; data?: { errors?: unknown } }
  if (status !== 400 || isPublic === false || !Array.isArray(data?.errors)) return undefined
  const errors = data.errors.filter(isFieldError)
  return errors.length ? errors : undefined
}

/**
 * The rule as the editor reads it: rules already name themselves ("Approve: …"); Payload's own
 * messages ("This field is required.") get the field's label.
 */
export function describeFieldError({ message, label, path }: FieldError): string {
  if (/^[^:.]{1,30}: /.test(message)) return message
  return `${typeof label === 'string' && label ? label : path}: ${message}`
}

/**
 * One line naming every failed rule. The admin's toast splits a message at its first colon and then at
 * commas into a list, so this reads "Not saved: rule" for one rule and "Not saved (3):" with a list for
 * more (which is why the rules themselves avoid commas).
 */
export const refusalSummary = (errors: FieldError[]): string => `Not saved: ${errors.map(describeFieldError).join(', ')}`

/**
 * REST and GraphQL answers to a refused save carry every failed rule on its field
 * (`errors[].data.errors[]` / `extensions.data.errors[]`) and name the rules in the message.
 */
export const fieldErrorResponse: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const errors = fieldErrorsOf(error)
  if (!errors) return
  const original = ((error as { originalError?: unknown }).originalError ?? error) as { data: Record<string, unknown> }
  const data = { ...original.data, errors }
  const message = refusalSummary(errors)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, name: 'ValidationError', data } } }
  }
  return { response: { ...result, errors: [{ name: 'ValidationError', message, data }] } }
}
