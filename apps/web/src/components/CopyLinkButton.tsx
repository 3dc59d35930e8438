'use client'

import { useState } from 'react'

/** Copies the page address; the address stays visible and selectable without JavaScript. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="min-h-11 rounded border border-teal-800 px-3 py-2 font-medium text-teal-900 hover:bg-teal-50"
      onClick={async () => {
        await navigator.clipboard.writeText(url)
        setCopied(true)
      }}
    >
      <span aria-live="polite">{copied ? 'Link copied' : 'Copy link'}</span>
    </button>
  )
}
