'use client'

export function PrintButton({ label = 'Print this handout' }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="mt-6 min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white print:hidden"
    >
      {label}
    </button>
  )
}
