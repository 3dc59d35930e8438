/**
 * The closed sets of values both apps share. The CMS builds its select options from these (same values,
 * same labels as the schema was generated with); the portal keys its reader-facing copy by their types.
 */
export type Option<V extends string = string> = { readonly value: V; readonly label: string }
type ValueOf<O extends readonly Option[]> = O[number]['value']

export const AUDIENCES = [
  { label: 'Patients', value: 'patients' },
  { label: 'Caregivers', value: 'caregivers' },
  { label: 'Clinicians', value: 'clinicians' },
] as const satisfies readonly Option[]
export type Audience = ValueOf<typeof AUDIENCES>

export const EVIDENCE_LEVELS = [
  { label: 'Approved indication', value: 'approved' },
  { label: 'Emerging evidence', value: 'emerging' },
  { label: 'Investigational', value: 'investigational' },
] as const satisfies readonly Option[]
export type EvidenceLevel = ValueOf<typeof EVIDENCE_LEVELS>

export const CITATION_TYPES = [
  { label: 'Journal article', value: 'journal-article' },
  { label: 'Review', value: 'review' },
  { label: 'Guideline', value: 'guideline' },
  { label: 'Drug label', value: 'drug-label' },
  { label: 'Web page', value: 'web-page' },
] as const satisfies readonly Option[]
export type CitationType = ValueOf<typeof CITATION_TYPES>

/** Which pages a required disclaimer is shown on; also the page types `/api/disclaimers/required` answers for. */
export const DISCLAIMER_SCOPES = [
  { label: 'All pages', value: 'all' },
  { label: 'Articles', value: 'articles' },
  { label: 'Conditions', value: 'conditions' },
] as const satisfies readonly Option[]
export type DisclaimerScope = ValueOf<typeof DISCLAIMER_SCOPES>

export const DISCLAIMER_KINDS = [
  { label: 'Medical advice', value: 'medical-advice' },
  { label: 'Emergency', value: 'emergency' },
  { label: 'Off-label / experimental', value: 'off-label' },
] as const satisfies readonly Option[]
export type DisclaimerKind = ValueOf<typeof DISCLAIMER_KINDS>

export const CONTRAINDICATION_KINDS = [
  { label: 'Absolute: must not have ketamine', value: 'absolute' },
  { label: 'Relative: discuss with your clinician', value: 'relative' },
] as const satisfies readonly Option[]
export type ContraindicationKind = ValueOf<typeof CONTRAINDICATION_KINDS>

/** The values of a set, in its order. */
export const valuesOf = <O extends readonly Option[]>(options: O): ValueOf<O>[] => options.map((option) => option.value)

/** Narrows an untrusted value (a query parameter, a JSON field) to one of the set's values. */
export const isOneOf = <O extends readonly Option[]>(options: O, value: unknown): value is ValueOf<O> =>
  options.some((option) => option.value === value)

/** Mutable copies for Payload's `options`, which does not take readonly arrays. */
export const selectOptions = (options: readonly Option[]): { label: string; value: string }[] => options.map(({ label, value }) => ({ label, value }))
