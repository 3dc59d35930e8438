import { describe, expect, it } from 'vitest'

import { summarize, titleFromFileName } from './summary'

describe('summarize', () => {
  it('keeps short text whole and cuts long text after the last whole sentence that fits', () => {
    expect(summarize('  One short   paragraph. ')).toBe('One short paragraph.')
    const first = 'Ketamine-assisted therapy combines a medicine with talking therapy in a monitored setting, and people usually have several sessions over a few weeks with Dr. Lee.'
    const second = 'The second sentence is long enough that the two together go past the limit of three hundred characters for summaries in listings, which is the point of this test.'
    expect(`${first} ${second}`.length).toBeGreaterThan(300)
    const summary = summarize(`${first} ${second} A third.`)
    expect(summary).toBe(first)
  })

  it('falls back to a word boundary with an ellipsis, never cutting a word', () => {
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ')
    const summary = summarize(words) ?? ''
    expect(summary.length).toBeLessThanOrEqual(300)
    expect(summary.endsWith('…')).toBe(true)
    expect(words.startsWith(summary.slice(0, -1) + ' ')).toBe(true)
    expect(summarize('   ')).toBeNull()
  })
})

describe('titleFromFileName', () => {
  it('makes a readable title from the file name', () => {
    expect(titleFromFileName('uploads/clinic-post_3.txt')).toBe('Clinic post 3')
    expect(titleFromFileName('.txt')).toBe('Untitled post')
    expect(titleFromFileName('')).toBe('Untitled post')
  })
})
