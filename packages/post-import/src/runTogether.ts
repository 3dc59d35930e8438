/**
 * Words run together where two parts of a web page met when the text was copied: "PsychiatryFollow us",
 * "treatment.Next". We only split where a real word boundary is very likely.
 */

/** Mixed-case names that must never be split. Compared case-insensitively against the joined word. */
export const MIXED_CASE_WORDS: readonly string[] = [
  'BioMed', 'BlueCross', 'BlueShield', 'BrainsWay', 'BuzzFeed', 'ClinicalTrials', 'DeepMind', 'DropBox', 'eBook',
  'EurekAlert', 'FaceTime', 'FitzGerald', 'GitHub', 'GoodRx', 'HealthDay', 'HealthPartners', 'HubSpot', 'HuffPost',
  'iPad', 'iPhone', 'JavaScript', 'LinkedIn', 'LiveScience', 'MacArthur', 'MailChimp', 'McLean', 'MedicineNet',
  'MedlinePlus', 'MedPage', 'MindMed', 'NeuroImage', 'NeuroStar', 'OpenAI', 'PlayStation', 'PowerPoint',
  'PsycInfo', 'PsycNet', 'PsychologyToday', 'PubMed', 'QuickBooks', 'ResearchGate', 'ScienceDaily', 'ScienceDirect',
  'SharePoint', 'SimplePractice', 'SoundCloud', 'SpringerLink', 'SquareSpace', 'StatPearls', 'TheraNest',
  'TherapyNotes', 'TikTok', 'TypeScript', 'UnitedHealthcare', 'VerywellHealth', 'VerywellMind', 'WebMD', 'WhatsApp',
  'WooCommerce', 'WordPress', 'YouTube',
]

const ALLOWLIST = MIXED_CASE_WORDS.map((word) => word.toLowerCase())

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'al', 'approx', 'ca', 'cf', 'co', 'corp', 'dept', 'dr', 'ed', 'eds', 'esp', 'etc', 'fig', 'figs', 'inc', 'jr', 'ltd',
  'mr', 'mrs', 'ms', 'mt', 'no', 'nos', 'prof', 'rev', 'sr', 'st', 'vol', 'vols', 'vs',
])

/** "Dr", "etc", "vs" …: a full stop after these does not end a sentence. */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''))

export interface Join {
  /** Offset in the text where a space belongs. */
  at: number
  kind: 'case' | 'sentence'
  /** For the report, e.g. "PsychiatryFollow → Psychiatry Follow". */
  report: string
}

/** Addresses, e-mail, DOIs, handles and code keep their capitals and full stops. */
function isProtectedToken(token: string): boolean {
  return (
    /^(?:https?:|ftp:|www\.|mailto:|doi:)/i.test(token) ||
    token.includes('://') ||
    token.includes('@') ||
    /10\.\d{4,9}\//.test(token) ||
    /[\p{L}\d-]\.(?:com|org|net|gov|edu|io|co|uk|us|de|au|ca|nz|ie|info|health|ai|app|dev)\b/iu.test(token) ||
    /[`{}<>=\\_|#]|\(\)/.test(token)
  )
}

const isLower = (char: string | undefined): boolean => char !== undefined && /\p{Ll}/u.test(char)
const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char)

/** True when a mixed-case name from the allowlist spans the join between `left` and `left + 1`. */
function isAllowlisted(token: string, left: number): boolean {
  let start = left
  while (isLetter(token[start - 1])) start--
  let end = left + 1
  while (isLetter(token[end])) end++
  const word = token.slice(start, end).toLowerCase()
  const join = left - start
  return ALLOWLIST.some((allowed) => {
    for (let index = word.indexOf(allowed); index !== -1; index = word.indexOf(allowed, index + 1)) {
      if (index <= join && index + allowed.length >= join + 2) return true
    }
    return false
  })
}

function caseJoins(token: string, base: number): Join[] {
  const joins: Join[] = []
  for (const match of token.matchAll(/\p{Ll}(?=\p{Lu}\p{Ll})/gu)) {
    const left = match.index
    let lowerStart = left
    while (isLower(token[lowerStart - 1])) lowerStart--
    if (left - lowerStart + 1 < 3) continue
    if (isAllowlisted(token, left)) continue
    let wordStart = lowerStart
    while (isLetter(token[wordStart - 1])) wordStart--
    const leftWord = token.slice(wordStart, left + 1)
    const rightWord = /^\p{Lu}\p{Ll}*/u.exec(token.slice(left + 1))?.[0] ?? ''
    joins.push({ at: base + left + 1, kind: 'case', report: `${leftWord}${rightWord} → ${leftWord} ${rightWord}` })
  }
  return joins
}

function sentenceJoins(token: string, base: number): Join[] {
  const joins: Join[] = []
  for (const match of token.matchAll(/\.(?=\p{Lu}\p{Ll})/gu)) {
    const dot = match.index
    const before = token.slice(0, dot)
    if (!/[\p{L})"”’\]]$/u.test(before)) continue
    // "e.g", "U.S", "Ph.D": letters with inner full stops are abbreviations.
    const word = /[\p{L}.]*$/u.exec(before.replace(/[)"”’\]]+$/, ''))?.[0] ?? ''
    const bare = word.replace(/^\.+/, '')
    if (bare.includes('.') || bare.length < 2 || ABBREVIATIONS.has(bare.toLowerCase())) continue
    if (!/\p{Ll}$/u.test(bare)) continue
    const rightWord = /^\p{Lu}\p{Ll}*/u.exec(token.slice(dot + 1))?.[0] ?? ''
    joins.push({ at: base + dot + 1, kind: 'sentence', report: `${bare}.${rightWord} → ${bare}. ${rightWord}` })
  }
  return joins
}

/** Where spaces are missing between run-together words, in ascending order of offset. */
export function findJoins(text: string): Join[] {
  const joins: Join[] = []
  for (const match of text.matchAll(/\S+/g)) {
    const token = match[0]
    if (token.length < 4 || isProtectedToken(token)) continue
    for (const join of caseJoins(token, match.index)) joins.push(join)
    for (const join of sentenceJoins(token, match.index)) joins.push(join)
  }
  return joins.sort((a, b) => a.at - b.at)
}

/** The text with a space at each join. */
export function applyJoins(text: string, joins: readonly Join[]): string {
  let result = ''
  let cursor = 0
  for (const join of joins) {
    result += text.slice(cursor, join.at) + ' '
    cursor = join.at
  }
  return result + text.slice(cursor)
}

/** Splits run-together words in one string; returns the new text and the splits made. */
export function splitRunTogether(text: string): { text: string; splits: string[] } {
  const joins = findJoins(text)
  return { text: applyJoins(text, joins), splits: joins.map((join) => join.report) }
}
