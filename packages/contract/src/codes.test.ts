import { describe, expect, it } from 'vitest'

import { codeFinds, codeProblem, codeSystemOfOid, isValidIcd10Cm, isValidSnomedCtId, normalizeIcd10Cm } from './codes'

describe('diagnosis codes', () => {
  it('names the code systems by their HL7 OIDs', () => {
    expect(codeSystemOfOid('2.16.840.1.113883.6.90')).toBe('icd10cm')
    expect(codeSystemOfOid(' 2.16.840.1.113883.6.96 ')).toBe('snomedct')
    expect(codeSystemOfOid('2.16.840.1.113883.6.103')).toBeUndefined()
  })

  it('checks ICD-10-CM codes for format, in any case and with or without the dot', () => {
    for (const code of ['F33', 'F33.1', 'f33.1', 'F331', 'R45.851', 'G89.29', 'F32.A', 'F10.20']) expect(isValidIcd10Cm(code), code).toBe(true)
    for (const code of ['F3', 'F33.12345', 'U07.1x', '33.1', 'F33-1', '', 'FF3.1']) expect(isValidIcd10Cm(code), code).toBe(false)
    expect(normalizeIcd10Cm(' f331 ')).toBe('F33.1')
  })

  it('checks SNOMED CT concept ids for length, partition and Verhoeff check digit', () => {
    for (const id of ['47505003', '370143000', '13746004', '82423001', '72366004', '191736004', '197480006', '21897009', '6471006', '66214007', '7200002']) {
      expect(isValidSnomedCtId(id), id).toBe(true)
    }
    expect(isValidSnomedCtId('47505004')).toBe(false)
    expect(isValidSnomedCtId('47505013')).toBe(false)
    expect(isValidSnomedCtId('12345')).toBe(false)
    expect(isValidSnomedCtId('047505003')).toBe(false)
    expect(codeProblem('snomedct', 'abc')).toMatch(/not a SNOMED CT concept id/)
    expect(codeProblem('icd10cm', 'F33.1')).toBeUndefined()
  })

  it('finds an ICD-10-CM category from a more specific code, never the reverse; SNOMED CT only exactly', () => {
    expect(codeFinds('icd10cm', 'F33.1', 'F33')).toBe(true)
    expect(codeFinds('icd10cm', 'F43.10', 'F43.1')).toBe(true)
    expect(codeFinds('icd10cm', 'f4310', 'F43.1')).toBe(true)
    expect(codeFinds('icd10cm', 'F33', 'F33.1')).toBe(false)
    expect(codeFinds('icd10cm', 'F34.1', 'F33')).toBe(false)
    expect(codeFinds('icd10cm', 'F331', 'F3')).toBe(false)
    expect(codeFinds('snomedct', '47505003', '47505003')).toBe(true)
    expect(codeFinds('snomedct', '4750500', '47505003')).toBe(false)
  })
})
