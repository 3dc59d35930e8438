import { isSafeHttpUrl } from '@kat/domain'
import type { TextField } from 'payload'

/** A web address that can only be http(s): javascript:, data: and the like are refused. */
export const httpUrlField = (overrides: Partial<TextField> & { name: string; label?: string }): TextField =>
  ({
    type: 'text',
    ...overrides,
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return overrides.required ? `${overrides.label ?? overrides.name}: a URL is required.` : true
      if (typeof value !== 'string' || !isSafeHttpUrl(value)) {
        return `${overrides.label ?? overrides.name}: use a full http:// or https:// address.`
      }
      return true
    },
  }) as TextField
