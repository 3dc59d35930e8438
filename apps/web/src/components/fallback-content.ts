/**
 * Built-in texts used when the CMS cannot be reached and nothing is cached: a page must never be shown
 * without a disclaimer or crisis help.
 */
export const FALLBACK_DISCLAIMER = {
  title: 'Medical disclaimer',
  body: 'This site gives general education about ketamine-assisted therapy. It is not medical advice and does not replace a consultation with a qualified clinician who knows your health history. Never start, stop or change a treatment on the basis of what you read here.',
}

export const FALLBACK_CRISIS = {
  text: 'If you are thinking about suicide, or you are in danger, get help now.',
  lines: [
    { label: 'US: Suicide & Crisis Lifeline (call or text)', contact: '988', href: 'tel:988' },
    { label: 'UK and Ireland: Samaritans', contact: '116 123', href: 'tel:116123' },
    { label: 'Emergency services', contact: '911 / 999 / 112', href: 'tel:911' },
  ],
}
