/**
 * Prints the Spanish reading ease of every Spanish demo text (src/seed/content/es.ts): Fernández-Huerta
 * (target 70 or more for patient texts) and Szigriszt-Pazos on the INFLESZ scale (target 55 or more).
 * Clinician notes are listed without a target. Exits 1 when a patient text misses the target.
 *
 *   pnpm exec tsx apps/cms/scripts/spanish-readability.ts
 */
import {
  INFLESZ_TARGET,
  SPANISH_READING_EASE_TARGET,
  inflesz,
  spanishReadingEase,
  spanishTextCounts,
} from '../src/collections/Articles/spanishReadability'
import {
  spanishArticles,
  spanishConditions,
  spanishContraindications,
  spanishDisclaimers,
  spanishSiteSettings,
} from '../src/seed/content/es'
import { markdownToPlainText } from '../src/seed/content/plainText'

type Row = { text: string; patient: boolean; content: string }
const rows: Row[] = []
const add = (text: string, content: string, patient = true) => rows.push({ text, patient, content: markdownToPlainText(content) })

for (const [slug, c] of Object.entries(spanishConditions)) {
  add(`condition ${slug}: summary`, c.summary)
  add(`condition ${slug}: overview`, c.overview)
}
for (const [slug, c] of Object.entries(spanishContraindications)) {
  add(`contraindication ${slug}: patient explanation`, c.patientExplanation)
  add(`contraindication ${slug}: clinician note`, c.clinicianNote, false)
}
for (const [key, d] of Object.entries(spanishDisclaimers)) add(`disclaimer ${key}`, d.body)
for (const [slug, a] of Object.entries(spanishArticles)) {
  add(`article ${slug}: summary`, a.summary)
  add(`article ${slug}: body`, a.body)
}
add('site settings: crisis help', spanishSiteSettings.crisisHelp.text)
add('site settings: footer', spanishSiteSettings.footer)

const show = (value: number | null) => (value === null ? '  —  ' : value.toFixed(1).padStart(5))
let misses = 0
console.log(`${'text'.padEnd(84)} words  F-H  INFLESZ`)
for (const row of rows) {
  const ease = spanishReadingEase(row.content)
  const perspicuity = inflesz(row.content)
  const miss =
    row.patient &&
    ((ease !== null && ease < SPANISH_READING_EASE_TARGET) || (perspicuity !== null && perspicuity < INFLESZ_TARGET))
  if (miss) misses++
  const note = !row.patient ? '  (clinicians)' : ease === null ? '  (too short to score)' : miss ? '  BELOW TARGET' : ''
  console.log(`${row.text.padEnd(84)} ${String(spanishTextCounts(row.content).words).padStart(5)} ${show(ease)} ${show(perspicuity)}${note}`)
}
console.log(
  misses === 0
    ? `Every patient text meets the target (Fernández-Huerta ≥ ${SPANISH_READING_EASE_TARGET}, INFLESZ ≥ ${INFLESZ_TARGET}).`
    : `${misses} patient text(s) below the target.`,
)
process.exitCode = misses === 0 ? 0 : 1
