import next from '@kat/config/eslint/next'

export default [
  ...next,
  {
    rules: {
      // The portal reads the CMS over HTTP only: no Payload runtime or CMS config in its bundle.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'payload', message: 'The portal talks to the CMS over HTTP (src/lib/cms).', allowTypeImports: true }],
          patterns: [
            { group: ['@payloadcms/*', '!@payloadcms/sdk'], message: 'Only @payloadcms/sdk is allowed in the portal.' },
            { group: ['@kat/cms', '@kat/cms/*', '**/apps/cms/**'], message: 'The portal never imports the CMS app.' },
          ],
        },
      ],
    },
  },
]
