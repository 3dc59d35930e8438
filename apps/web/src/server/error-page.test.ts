import { describe, expect, it } from 'vitest'

import { errorPageHtml, isEmptyErrorDocument } from './error-page'

describe('the plain error page', () => {
  it('stands in for Next’s empty error document only', () => {
    expect(isEmptyErrorDocument('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>')).toBe(true)
    expect(isEmptyErrorDocument('<!DOCTYPE html><html lang="en"><body><main><h1>Chronic pain</h1></main></body></html>')).toBe(false)
  })

  it('carries crisis help, the disclaimer and the message, escaped', () => {
    const html = errorPageHtml('Not <available>', 'Try again.')
    expect(html).toContain('data-crisis-help')
    expect(html).toContain('data-mandatory-disclaimer')
    expect(html).toContain('href="tel:988"')
    expect(html).toContain('Not &lt;available&gt;')
    expect(html).not.toContain('<script')
  })

  it('speaks the language of the address, crisis help and disclaimer included', () => {
    const html = errorPageHtml('Esta página no está disponible', 'Vuelva a intentarlo.', 'es')
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('aria-label="Ayuda en caso de crisis"')
    expect(html).toContain('aria-label="Aviso médico"')
    expect(html).toContain('Este sitio ofrece información general')
    expect(html).toContain('href="/es"')
    expect(html).not.toContain('Medical disclaimer')
  })
})
