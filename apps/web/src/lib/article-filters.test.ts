import { describe, expect, it } from 'vitest'

import { articleFiltersQuery, parseArticleFilters } from './article-filters'

describe('parseArticleFilters', () => {
  it('reads repeated conditions, an audience, a search term and a page', () => {
    expect(parseArticleFilters({ condition: ['ptsd', 'chronic-pain', 'ptsd'], audience: 'patients', q: '  side   effects ', page: '2' })).toEqual({
      conditions: ['ptsd', 'chronic-pain'],
      audience: 'patients',
      q: 'side effects',
      page: 2,
    })
  })

  it.each([
    [{ condition: '../etc/passwd' }, { conditions: [], page: 1 }],
    [{ condition: 'x'.repeat(200) }, { conditions: [], page: 1 }],
    [{ audience: 'everyone' }, { conditions: [], page: 1 }],
    [{ audience: ['clinicians', 'patients'] }, { conditions: [], audience: 'clinicians', page: 1 }],
    [{ page: '-3' }, { conditions: [], page: 1 }],
    [{ page: '0' }, { conditions: [], page: 1 }],
    [{ page: '99999999999' }, { conditions: [], page: 1 }],
    [{ page: '5000' }, { conditions: [], page: 1000 }],
    [{ page: '2abc' }, { conditions: [], page: 1 }],
    [{ q: '\u0000\u0007' }, { conditions: [], page: 1 }],
    [{ 'where[_status]': 'draft' }, { conditions: [], page: 1 }],
  ])('ignores bad input %j', (params, expected) => {
    expect(parseArticleFilters(params as Record<string, string | string[]>)).toEqual(expected)
  })

  it('caps the number of conditions and the length of the search', () => {
    const many = Array.from({ length: 50 }, (_, i) => `c${i}`)
    expect(parseArticleFilters({ condition: many }).conditions).toHaveLength(20)
    expect(parseArticleFilters({ q: 'a'.repeat(500) }).q).toHaveLength(100)
  })
})

describe('articleFiltersQuery', () => {
  it('builds stable, shareable URLs', () => {
    expect(articleFiltersQuery({ conditions: ['ptsd', 'chronic-pain'], audience: 'patients', page: 1 })).toBe(
      '?condition=chronic-pain&condition=ptsd&audience=patients',
    )
    expect(articleFiltersQuery({ conditions: [], page: 3, q: 'nasal spray' })).toBe('?q=nasal+spray&page=3')
    expect(articleFiltersQuery({})).toBe('')
  })
})
