'use client'

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="mt-6 min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white print:hidden"
    >
      Print this handout
    </button>
  )
}
