import type { Field } from 'payload'

/** Search and sharing texts; empty fields fall back to the title and summary. */
export const seoField: Field = {
  name: 'seo',
  label: 'SEO',
  type: 'group',
  admin: { position: 'sidebar' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70, admin: { description: 'Defaults to the title (70 characters at most).' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      admin: { description: 'Defaults to the summary (160 characters at most).' },
    },
  ],
}
