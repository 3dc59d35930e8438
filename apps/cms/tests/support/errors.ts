import { expect } from 'vitest'

type FieldError = { path: string; message: string }

/** Awaits a rejected save and checks that it names the field and says why, as the admin shows it. */
export async function expectFieldError(save: Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const error = await save.then(
    () => undefined,
    (caught: unknown) => caught as { data?: { errors?: FieldError[] } },
  )
  expect(error, `expected the save to be rejected for ${path}`).toBeDefined()
  const errors = error?.data?.errors ?? []
  const match = errors.find((e) => e.path === path)
  expect(match, `no error for ${path} in ${JSON.stringify(errors)}`).toBeDefined()
  expect(match!.message).toMatch(message)
}
