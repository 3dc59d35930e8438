// @ts-check
/* global document, window, location, HTMLElement, HTMLFormElement, HTMLInputElement, HTMLSelectElement */
// Small enhancements for reader pages. Each control works, or is not shown, without JavaScript first.
for (const element of document.querySelectorAll('[data-enhance]')) {
  const kind = element.getAttribute('data-enhance')
  if (kind === 'print' && element instanceof HTMLElement) {
    element.hidden = false
    element.addEventListener('click', () => window.print())
  } else if (kind === 'copy' && element instanceof HTMLElement && navigator.clipboard) {
    element.hidden = false
    element.addEventListener('click', async () => {
      await navigator.clipboard.writeText(element.getAttribute('data-url') ?? location.href)
      element.textContent = element.getAttribute('data-copied') ?? 'Link copied'
    })
  } else if (kind === 'auto-submit' && element instanceof HTMLFormElement) {
    // Ticking a box or choosing from a list applies the filter at once; the form's button still does it too.
    element.addEventListener('change', (event) => {
      const target = event.target
      if ((target instanceof HTMLInputElement && target.type === 'checkbox') || target instanceof HTMLSelectElement) element.requestSubmit()
    })
  }
}
