/** The compare view leaves out what the edit form hides: hashes and derived text mean nothing to a reviewer. */
export function HiddenDiff() {
  return null
}
