/** Publication dates as blog pages print them. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
}
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i
const PREFIX = /^(?:(?:last\s+)?(updated|modified)|published|posted|posted on|date|on)\s*:?\s+/i
const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s+${MONTH}\\.?,?\\s+(\\d{4})$`, 'i')
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})$`, 'i')
const NO_YEAR = new RegExp(`^(?:${MONTH}\\.?\\s+${DAY}|${DAY}\\s+${MONTH}\\.?)$`, 'i')

export type DateMatch =
  | { kind: 'date'; iso: string; updated: boolean }
  | { kind: 'ambiguous'; updated: boolean }
  | { kind: 'no-year'; updated: boolean }

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

const monthNumber = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0

/**
 * Reads a line that is only a date (optionally "Published:", "Updated:" or a weekday before it). Returns
 * null for anything else. Numeric dates like 03/04/2023 are used only when one part is above 12;
 * "29.06.2023" (full stops) is read day first, as everywhere that writes it so.
 */
export function matchDateLine(line: string): DateMatch | null {
  let text = line.trim().replace(/\.$/, '')
  if (text.length > 60) return null
  const prefix = PREFIX.exec(text)
  const updated = Boolean(prefix?.[1])
  if (prefix) text = text.slice(prefix[0].length)
  text = text.replace(WEEKDAY, '')

  const found = (iso: string | null): DateMatch | null => (iso ? { kind: 'date', iso, updated } : null)
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (match) return found(isoDate(Number(match[1]), Number(match[2]), Number(match[3])))
  match = DAY_MONTH_YEAR.exec(text)
  if (match) return found(isoDate(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1])))
  match = MONTH_DAY_YEAR.exec(text)
  if (match) return found(isoDate(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2])))
  match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text)
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])]
    if (match[2] === '.' || first > 12) return found(isoDate(year, second, first))
    if (second > 12) return found(isoDate(year, first, second))
    if (first === second) return found(isoDate(year, first, second))
    return isoDate(year, first, second) ? { kind: 'ambiguous', updated } : null
  }
  // Blog builders print "Jun 29" for posts of the current year: a date line, but no usable date.
  if (NO_YEAR.test(text)) return { kind: 'no-year', updated }
  return null
}

/** ISO date from machine-readable values (meta tags, <time datetime>, front matter). */
export function parseDateValue(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const match = matchDateLine(value)
  return match?.kind === 'date' ? match.iso : null
}
