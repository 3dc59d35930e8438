import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_search_text" varchar;`)
  // Full-text index for the article search endpoint (written by hand: Payload's schema has no
  // expression indexes). Only published rows of the main table are searched.
  await db.execute(sql`
   CREATE INDEX "articles_locales_search_fts_idx" ON "articles_locales"
     USING gin (to_tsvector('english', coalesce("search_text", '')));`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "articles_locales_search_fts_idx";`)
  // IF EXISTS: `migrate:reset` may undo the initial migration (which drops these tables) first.
  await db.execute(sql`
   ALTER TABLE IF EXISTS "articles_locales" DROP COLUMN IF EXISTS "search_text";
  ALTER TABLE IF EXISTS "_articles_v_locales" DROP COLUMN IF EXISTS "version_search_text";`)
}
