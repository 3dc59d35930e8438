/** Test helper: reads the fixture posts in packages/post-import/fixtures (tests only; the library reads no files). */
import { readFileSync } from 'node:fs'

export function fixture(name: string): { name: string; text: string } {
  return { name, text: readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8') }
}
