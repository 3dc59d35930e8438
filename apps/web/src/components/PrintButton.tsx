/** Opens the print dialog, once the page's small script shows it (without JavaScript the browser's own Print does the same). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" data-enhance="print" hidden className="mt-6 min-h-11 rounded bg-teal-800 px-4 py-2 font-medium text-white print:hidden">
      {label}
    </button>
  )
}
