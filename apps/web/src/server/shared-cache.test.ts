import { describe, expect, it } from 'vitest'

import { parseNotice } from './shared-cache'

describe('notices between instances', () => {
  it('reads the tags and the sender, and nothing else', () => {
    expect(parseNotice(JSON.stringify({ tags: ['collection:conditions', 'doc:conditions:4'], from: 'a' }))).toEqual({ tags: ['collection:conditions', 'doc:conditions:4'], from: 'a' })
    expect(parseNotice('not json')).toBeUndefined()
    expect(parseNotice(JSON.stringify({ tag: 'collection:conditions', from: 'a' }))).toBeUndefined()
    expect(parseNotice(JSON.stringify({ tags: [1], from: 'a' }))).toBeUndefined()
  })
})
