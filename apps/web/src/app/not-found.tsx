import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="max-w-3xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg text-slate-700">
        We could not find that page. It may have moved. Try the{' '}
        <Link href="/" className="underline">
          home page
        </Link>
        .
      </p>
    </section>
  )
}
