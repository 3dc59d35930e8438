import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

/** Deletes every document of the given collections, so each test starts from the data it creates. */
export async function resetCollections(payload: Payload, ...collections: ('conditions' | 'users')[]) {
  for (const collection of collections) {
    await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
  }
}
