import { Head, Html, Main, NextScript } from 'next/document'

/** The portal's root element and body classes (apps/web/src/app/layout.tsx). */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
