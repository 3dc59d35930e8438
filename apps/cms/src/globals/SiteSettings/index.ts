import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../../access'
import { auditGlobalChanges } from '../../collections/AuditLog/hooks/recordAudit'
import { revalidateGlobal } from '../../hooks/revalidatePortal'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Administration' },
  access: { read: anyone, update: isAdmin },
  // Admins only; every change (crisis help lines included) is in the audit log.
  hooks: { afterChange: [auditGlobalChanges('site-settings'), revalidateGlobal('site-settings')] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, defaultValue: 'Ketamine Therapy Guide' },
    { name: 'organisation', type: 'text', localized: true },
    { name: 'contactEmail', type: 'email' },
    {
      name: 'crisisHelp',
      type: 'group',
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          localized: true,
          defaultValue:
            'If you are thinking about suicide or are in danger, get help now. You do not have to wait.',
        },
        {
          name: 'lines',
          type: 'array',
          labels: { singular: 'Help line', plural: 'Help lines' },
          fields: [
            { name: 'label', type: 'text', required: true, localized: true },
            { name: 'contact', type: 'text', required: true, admin: { description: 'Phone or text number, e.g. "988".' } },
            {
              name: 'href',
              type: 'text',
              admin: { description: 'Link such as tel:988, sms:988 or https://988lifeline.org.' },
              validate: (value: unknown) =>
                !value || (typeof value === 'string' && /^(tel:|sms:|https?:\/\/)/i.test(value))
                  ? true
                  : 'Link: use tel: or sms: or http:// or https:// only.',
            },
          ],
        },
      ],
    },
    { name: 'footer', type: 'textarea', localized: true },
    {
      name: 'reviewPolicy',
      type: 'group',
      fields: [
        {
          name: 'intervalMonths',
          label: 'Months until the next review',
          type: 'number',
          required: true,
          defaultValue: 12,
          min: 1,
          max: 36,
          admin: {
            description: 'An approval sets the next review this far ahead; the approving reviewer may pick an earlier date, never a later one.',
          },
        },
      ],
    },
  ],
}
