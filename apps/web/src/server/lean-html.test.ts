import { describe, expect, it } from 'vitest'

import { leanHtml } from './lean-html'

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/css/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/><link rel="modulepreload" href="/_next/x.js"/><script src="/_next/static/chunks/main.js" async=""></script></head><body>${body}<script>self.__next_f.push([1,"the page text again"])</script><script nonce="abc">(self.__next_s=self.__next_s||[]).push([0,{}])</script></body></html>`

describe('leanHtml', () => {
  it('takes out the client runtime and the RSC payload, keeping the markup, styles and JSON-LD', () => {
    const html = leanHtml(page('<main><h1>Chronic pain</h1></main><script type="application/ld+json">{"@type":"MedicalWebPage"}</script>'))
    expect(html).toContain('<h1>Chronic pain</h1>')
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>')
    expect(html).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>')
    expect(html).not.toMatch(/__next_f|__next_s|main\.js|webpack\.js|modulepreload|the page text again/)
    expect(html).not.toContain('enhance.js')
  })

  it('adds the progressive script only where a page has something to enhance', () => {
    expect(leanHtml(page('<button data-enhance="print" hidden>Print</button>'))).toMatch(/<script src="\/enhance\.js" defer><\/script><\/body>/)
  })

  it('leaves a script-like text inside the page text alone', () => {
    expect(leanHtml(page('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'))).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
  })
})
