/**
 * Diagnosis codes: the code systems a condition can carry (ICD-10-CM, SNOMED CT), their HL7 OIDs as
 * health records send them in infobutton links, format checks, and the matching `/connect` uses.
 */

export const CODE_SYSTEMS = {
  icd10cm: { label: 'ICD-10-CM', oid: '2.16.840.1.113883.6.90' },
  snomedct: { label: 'SNOMED CT', oid: '2.16.840.1.113883.6.96' },
} as const

export type CodeSystem = keyof typeof CODE_SYSTEMS

export const CODE_SYSTEM_KEYS = Object.keys(CODE_SYSTEMS) as CodeSystem[]

/** The code system an OID names, or undefined. */
export const codeSystemOfOid = (oid: string): CodeSystem | undefined => CODE_SYSTEM_KEYS.find((system) => CODE_SYSTEMS[system].oid === oid.trim())

/** ICD-10-CM: a letter, two characters (digits; the third may be A or B), then optionally a dot and 1–4 more. */
const ICD10CM = /^[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?$/

/** "f331", " F33.1 " → "F33.1": upper case, the dot after the category. */
export function normalizeIcd10Cm(code: string): string {
  const compact = code.trim().toUpperCase().replace(/\s+/g, '')
  return /^[A-Z][0-9A-Z]{3,6}$/.test(compact) && !compact.includes('.') ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact
}

export const isValidIcd10Cm = (code: string): boolean => ICD10CM.test(normalizeIcd10Cm(code))

// Verhoeff check digit (SNOMED CT identifiers end with one): dihedral group D5 multiplication and permutation tables.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

const verhoeffValid = (digits: string): boolean =>
  [...digits].reverse().reduce((check, digit, index) => D[check]![P[index % 8]![Number(digit)]!]!, 0) === 0

/**
 * A SNOMED CT concept identifier: 6–18 digits, no leading zero, the partition "00" or "10" (a concept)
 * before the Verhoeff check digit.
 */
export function isValidSnomedCtId(code: string): boolean {
  const id = code.trim()
  if (!/^[1-9][0-9]{5,17}$/.test(id)) return false
  const partition = id.slice(-3, -1)
  return (partition === '00' || partition === '10') && verhoeffValid(id)
}

export const normalizeCode = (system: CodeSystem, code: string): string => (system === 'icd10cm' ? normalizeIcd10Cm(code) : code.trim())

export const isValidCode = (system: CodeSystem, code: string): boolean => (system === 'icd10cm' ? isValidIcd10Cm(code) : isValidSnomedCtId(code))

/** Why a code cannot be stored, in words for the editor; undefined when it is well-formed. */
export function codeProblem(system: CodeSystem, code: string): string | undefined {
  if (isValidCode(system, code)) return undefined
  return system === 'icd10cm'
    ? `"${code}" is not an ICD-10-CM code: a letter, two digits, then optionally a dot and up to four more (e.g. F33 or F33.1).`
    : `"${code}" is not a SNOMED CT concept id: 6 to 18 digits ending in a valid check digit (e.g. 47505003).`
}

/**
 * Whether a code a health record sends finds a condition's stored code. ICD-10-CM is hierarchical: a
 * more specific code finds the category it belongs to (F33.1 finds F33, F43.10 finds F43.1), never the
 * other way round. SNOMED CT ids match exactly (their hierarchy lives in the terminology, not the id).
 */
export function codeFinds(system: CodeSystem, sent: string, stored: string): boolean {
  const a = normalizeCode(system, sent)
  const b = normalizeCode(system, stored)
  if (system !== 'icd10cm') return a === b
  if (a === b) return true
  const plain = (code: string) => code.replace('.', '')
  return plain(a).startsWith(plain(b)) && plain(b).length >= 3
}
