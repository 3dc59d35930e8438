import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, canEditContent } from '../../access'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..')

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/** Images only, with alt text that screen-reader users depend on. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  upload: {
    // Uploaded files live beside the database in .data/ locally; deployments set MEDIA_DIR (a volume).
    staticDir: process.env.MEDIA_DIR || path.join(repoRoot, '.data/media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'card', width: 640 },
      { name: 'hero', width: 1280 },
    ],
    adminThumbnail: 'card',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for people who cannot see it (e.g. "A nurse checks a patient\'s blood pressure").' },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= 3 ? true : 'Alt text: describe the image in a few words.',
    },
    { name: 'credit', type: 'text' },
  ],
}
