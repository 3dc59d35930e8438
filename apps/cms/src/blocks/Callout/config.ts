import type { Block } from 'payload'

/** A highlighted box in an article: information, a warning, or where to get help in a crisis. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'variant',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { label: 'Information', value: 'info' },
        { label: 'Warning', value: 'warning' },
        { label: 'Crisis help', value: 'crisis' },
      ],
    },
    { name: 'title', type: 'text', localized: true },
    { name: 'text', type: 'textarea', required: true, localized: true },
  ],
}
