import type { PayloadRequest, Where } from 'payload'

export type Id = number | string
/** Someone a mail can go to. */
export type Person = { id: Id; name: string; address: string }

/** A relation's id, whether the relation is populated or not. */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : ((value as Id | null | undefined) ?? undefined)

/** Whose document it is: its author, else whoever last edited it (collections without an author field). */
export const ownerOf = (doc: { author?: unknown; lastEditedBy?: unknown }): Id | undefined => idOf(doc.author) ?? idOf(doc.lastEditedBy)

async function findPeople(req: PayloadRequest, where: Where): Promise<Person[]> {
  const { docs } = await req.payload.find({ collection: 'users', where, depth: 0, pagination: false, overrideAccess: true, req })
  return docs.filter((user) => user.email).map((user) => ({ id: user.id, name: user.name || user.email, address: user.email }))
}

/** The accounts with these ids (missing and deleted ones left out), each once. */
export const peopleWithIds = (req: PayloadRequest, ids: (Id | undefined)[]): Promise<Person[]> => {
  const wanted = [...new Set(ids.filter((id): id is Id => id !== undefined).map(String))]
  return wanted.length ? findPeople(req, { id: { in: wanted } }) : Promise.resolve([])
}

export const reviewers = (req: PayloadRequest): Promise<Person[]> => findPeople(req, { roles: { in: ['reviewer'] } })
