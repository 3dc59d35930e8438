import { describe, expect, it } from 'vitest'

import { AUDIENCES, CONTRAINDICATION_KINDS, DISCLAIMER_SCOPES, EVIDENCE_LEVELS, isOneOf, selectOptions, valuesOf } from './enums'

describe('shared enums', () => {
  it('lists the values in order', () => {
    expect(valuesOf(AUDIENCES)).toEqual(['patients', 'caregivers', 'clinicians'])
    expect(valuesOf(EVIDENCE_LEVELS)).toEqual(['approved', 'emerging', 'investigational'])
    expect(valuesOf(DISCLAIMER_SCOPES)).toEqual(['all', 'articles', 'conditions'])
    expect(valuesOf(CONTRAINDICATION_KINDS)).toEqual(['absolute', 'relative'])
  })

  it('narrows untrusted values', () => {
    expect(isOneOf(AUDIENCES, 'patients')).toBe(true)
    for (const value of ['Patients', '', null, undefined, 1, 'toString']) expect(isOneOf(AUDIENCES, value), String(value)).toBe(false)
  })

  it('gives Payload mutable copies with the same labels and values', () => {
    const options = selectOptions(EVIDENCE_LEVELS)
    expect(options).toEqual(EVIDENCE_LEVELS)
    expect(options).not.toBe(EVIDENCE_LEVELS)
  })
})
