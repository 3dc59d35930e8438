import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

import type { S3Settings } from '../env'

/**
 * The media collection's files (and their resized copies) in an S3 bucket instead of on disk when S3 is
 * configured, through @payloadcms/storage-s3. Files are still served through the CMS (/api/media/file/…)
 * with its access rules. The plugin is applied when off too (`enabled: false`), as Payload intends, so
 * the admin's import map is the same either way.
 */
export function mediaStorage(s3: S3Settings | undefined): Plugin {
  const plugin = s3Storage({
    enabled: Boolean(s3),
    collections: { media: true },
    bucket: s3?.bucket ?? '',
    config: s3 ? { region: s3.region, endpoint: s3.endpoint, forcePathStyle: s3.forcePathStyle, credentials: s3.credentials } : {},
  })
  return async (config) => withoutObjectKey(await plugin(config))
}

/**
 * The plugin adds an `_objectKey` column for uploads sent straight from the browser to the bucket
 * (clientUploads), which are off here: every upload goes through the CMS and is stored under its
 * filename, so the field would stay empty. Leaving it out keeps one schema with and without S3.
 */
const withoutObjectKey = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === 'media' ? { ...collection, fields: collection.fields.filter((field) => !('name' in field && field.name === '_objectKey')) } : collection,
  ),
})
