import { DEFAULT_LOCALE, localizedPath, type Locale } from '@kat/contract'

import { fallbackCrisis, fallbackDisclaimer } from '../components/fallback-content'
import { translator } from '../i18n'
import { escapeMarkup as escape } from '../lib/markup'

/**
 * The page a reader gets when Next could only answer with its empty error document (the page itself
 * travels in the client payload, which reader pages do not run), or a link the portal cannot answer:
 * crisis help first, what happened, where to go (by default: try again, home), and the built-in
 * disclaimer, in plain HTML that needs nothing else to show.
 */
export function errorPageHtml(heading: string, message: string, locale: Locale = DEFAULT_LOCALE, links?: { href: string; label: string }[]): string {
  const crisis = fallbackCrisis(locale)
  const disclaimer = fallbackDisclaimer(locale)
  const t = translator(locale, 'Error')
  const labels = { crisis: translator(locale, 'Crisis')('label'), disclaimer: translator(locale, 'Disclaimer')('label') }
  const lines = crisis.lines
    .map((line) => `<li>${escape(line.label)}: <a href="${escape(line.href)}" style="font-weight:700">${escape(line.contact)}</a></li>`)
    .join('')
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(heading)}</title></head>
<body style="margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a">
<aside aria-label="${escape(labels.crisis)}" data-crisis-help style="background:#fef2f2;border-bottom:1px solid #fecaca;color:#450a0a;padding:8px 16px"><p style="margin:0;font-weight:600">${escape(crisis.text)}</p><ul style="margin:4px 0 0;padding-left:20px">${lines}</ul></aside>
<main id="main" style="max-width:48rem;margin:0 auto;padding:32px 16px"><h1 style="font-size:1.875rem">${escape(heading)}</h1><p style="font-size:1.125rem">${escape(message)}</p><p>${(links ?? [{ href: '', label: t('retry') }, { href: localizedPath('/', locale), label: t('home') }]).map((link) => `<a href="${escape(link.href)}">${escape(link.label)}</a>`).join(' · ')}</p></main>
<footer style="border-top:1px solid #e2e8f0;background:#f8fafc"><section aria-label="${escape(labels.disclaimer)}" data-mandatory-disclaimer style="max-width:64rem;margin:0 auto;padding:24px 16px;font-size:.875rem"><h2 style="font-size:1rem;margin:0">${escape(disclaimer.title)}</h2><p style="margin:4px 0 0">${escape(disclaimer.body)}</p></section></footer>
</body></html>`
}

/** Next's empty error document: an `__next_error__` page with nothing in its body but the payload. */
export const isEmptyErrorDocument = (html: string): boolean => html.includes('<html id="__next_error__"') && !/<main\b|<h1\b/.test(html)
