import { describe, expect, it } from 'vitest'

import { matchDateLine, parseDateValue } from './dates'

describe('matchDateLine', () => {
  it('reads the date forms blog pages print', () => {
    for (const line of ['29 June 2023', '29th June 2023', 'June 29, 2023', 'Jun 29, 2023', 'Thursday, June 29, 2023', '2023-06-29', '29/06/2023', '06/29/2023', '29.06.2023', 'Published: Jun. 29, 2023']) {
      expect(matchDateLine(line), line).toEqual({ kind: 'date', iso: '2023-06-29', updated: false })
    }
    expect(matchDateLine('Updated: 30 June 2023')).toEqual({ kind: 'date', iso: '2023-06-30', updated: true })
  })

  it('flags ambiguous numeric dates and dates without a year instead of guessing', () => {
    expect(matchDateLine('03/04/2023')).toEqual({ kind: 'ambiguous', updated: false })
    expect(matchDateLine('04/04/2023')).toEqual({ kind: 'date', iso: '2023-04-04', updated: false })
    expect(matchDateLine('Jun 29')).toEqual({ kind: 'no-year', updated: false })
  })

  it('rejects impossible dates and sentences that contain a date', () => {
    expect(matchDateLine('31 February 2023')).toBeNull()
    expect(matchDateLine('13/13/2023')).toBeNull()
    expect(matchDateLine('On June 29, 2023 we opened a new clinic.')).toBeNull()
    expect(matchDateLine('May we help?')).toBeNull()
  })

  it('reads machine values with times and Date objects', () => {
    expect(parseDateValue('2024-02-14T23:30:00-05:00')).toBe('2024-02-14')
    expect(parseDateValue(new Date(Date.UTC(2024, 4, 20)))).toBe('2024-05-20')
    expect(parseDateValue('soon')).toBeNull()
    expect(parseDateValue(42)).toBeNull()
  })
})
