import Link from 'next/link'
import type React from 'react'

/** A translated message's `<link>…</link>` part as a link (for `t.rich`): the words stay in the message. */
export const textLink =
  (href: string, extra: { hrefLang?: string } = {}) =>
  (text: React.ReactNode) => (
    <Link href={href} className="underline" {...extra}>
      {text}
    </Link>
  )
