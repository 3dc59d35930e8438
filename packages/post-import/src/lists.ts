/** Array helpers that stay safe for very long inputs (spreading 100k items into push() overflows the stack). */

export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}

/** The first `max` entries, and one line saying how many more there were. */
export function capped(list: readonly string[], max: number, more: (count: number) => string): string[] {
  return list.length <= max ? [...list] : [...list.slice(0, max), more(list.length - max)]
}
