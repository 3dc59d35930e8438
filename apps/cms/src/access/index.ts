import { secretsMatch } from '@kat/contract/secret'
import { PREVIEW_HEADER } from '@kat/domain/preview'
import type { Access, FieldAccess, PayloadRequest } from 'payload'

export type Role = 'admin' | 'editor' | 'reviewer'

export const ROLES: readonly Role[] = ['admin', 'editor', 'reviewer']

type UserWithRoles = { roles?: Role[] | null } | null | undefined

export const hasRole = (user: UserWithRoles, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

const userOf = (req: PayloadRequest): UserWithRoles => req.user as UserWithRoles

export const anyone: Access = () => true

export const authenticated: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => hasRole(userOf(req), 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')

export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(userOf(req), 'admin')) return true
  return { id: { equals: req.user.id } }
}

/** The portal's server asks for drafts with PREVIEW_SECRET in a header, and only in draft mode. */
export const isPortalPreview = (req: PayloadRequest): boolean => secretsMatch(process.env.PREVIEW_SECRET, req.headers.get(PREVIEW_HEADER))

/** Staff and the portal's draft preview see everything; anonymous readers see published documents only. */
export const publishedUnlessStaffOrPreview: Access = ({ req }) => {
  if (req.user || isPortalPreview(req)) return true
  return { _status: { equals: 'published' } }
}

/** Editors and admins write content; reviewers review it (the workflow decides what they may change). */
export const canEditContent: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor', 'reviewer')

export const canDeleteContent: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor')

/** The audit log: admins and reviewers read it, nobody else. */
export const isAdminOrReviewer: Access = ({ req }) => hasRole(userOf(req), 'admin', 'reviewer')

/** No API writes: only the server's own hooks (with overrideAccess) do. */
export const nobody: Access = () => false
