import type { CollectionConfig } from 'payload'

import { ROLES, authenticated, isAdmin, isAdminField, isAdminOrSelf } from '../../access'
import { passwordResetMail } from '../../email/passwordReset'
import { auditRoleChanges, auditUserDeleted } from '../AuditLog/hooks/recordAudit'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Locks an account for 10 minutes after 5 failed logins.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    useAPIKey: false,
    // "Forgot password?" on the admin's login page mails a link to the admin's reset page.
    forgotPassword: passwordResetMail,
    // Session cookies are httpOnly (Payload's default), SameSite=Lax, and Secure in production.
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: 'Administration',
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    delete: isAdmin,
    // Staff see each other (to pick authors and reviewers); readers never see accounts: pages carry the
    // reviewer's name as a snapshot taken at approval.
    read: authenticated,
    update: isAdminOrSelf,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditRoleChanges],
    afterDelete: [auditUserDeleted],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Shown to readers as author or clinical reviewer.' },
    },
    {
      name: 'credentials',
      type: 'text',
      admin: { description: 'Professional credentials shown after the name, e.g. "MD, Psychiatrist".' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: 'Editors write drafts; reviewers approve them; admins manage users and settings.',
      },
    },
  ],
  timestamps: true,
}
