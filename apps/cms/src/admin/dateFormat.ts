import type { Block, Field, Plugin } from 'payload'

/**
 * One date format, with the year, everywhere in the admin: "1 Dec 2026" and "1 Dec 2026, 14:05".
 * Payload's own defaults differ by place (its list cells, "MMM dd" without a year in day pickers,
 * "MM/dd/yyyy" in plain date pickers, 12-hour times); date-fns patterns.
 */
export const DATE_FORMAT = 'd MMM yyyy'
export const DATE_TIME_FORMAT = 'd MMM yyyy, HH:mm'
const TIME_FORMAT = 'HH:mm'
const MONTH_FORMAT = 'MMM yyyy'

type DateAdmin = { pickerAppearance?: string; displayFormat?: string; timeFormat?: string }

const displayFormatFor = (appearance: string | undefined) =>
  appearance === 'dayAndTime' ? DATE_TIME_FORMAT : appearance === 'timeOnly' ? TIME_FORMAT : appearance === 'monthOnly' ? MONTH_FORMAT : DATE_FORMAT

function withDateFormat(field: Field): Field {
  if (field.type === 'date') {
    const date: DateAdmin = field.admin?.date ?? {}
    const showsTime = date.pickerAppearance === 'dayAndTime' || date.pickerAppearance === 'timeOnly'
    const formats = { displayFormat: date.displayFormat ?? displayFormatFor(date.pickerAppearance), ...(showsTime ? { timeFormat: date.timeFormat ?? TIME_FORMAT } : {}) }
    return { ...field, admin: { ...field.admin, date: { ...date, ...formats } } } as Field
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDateFormat) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block: Block) => ({ ...block, fields: block.fields.map(withDateFormat) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withDateFormat) } as Field
  return field
}

/** Sets the admin's date format and gives every date field of the config the matching display format. */
export const oneDateFormat: Plugin = (config) => ({
  ...config,
  admin: { ...config.admin, dateFormat: DATE_TIME_FORMAT },
  collections: config.collections?.map((collection) => ({ ...collection, fields: collection.fields.map(withDateFormat) })),
  globals: config.globals?.map((global) => ({ ...global, fields: global.fields.map(withDateFormat) })),
})
