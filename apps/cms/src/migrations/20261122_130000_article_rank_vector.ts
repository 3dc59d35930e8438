import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search ranked every match by its full search vector, which PostgreSQL stores out of line: 530 ms per
 * search for a common word over 10,000 articles. A small stored vector of the title (weight A) and
 * summary (B) ranks them instead; the full vector still decides what matches.
 * Also fills the search text of articles saved before search existed (20261122_073115 added the column
 * empty): title, summary and the body's text; their next save adds the condition names.
 * Written by hand: Payload's schema has no generated columns; Payload never writes this column.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_locales" ADD COLUMN "rank_vector" tsvector
     GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
                          setweight(to_tsvector('english', coalesce("summary", '')), 'B')) STORED;
   UPDATE "articles_locales" l SET "search_text" = concat_ws(E'\\n', l."title", l."summary",
     (SELECT string_agg(node #>> '{}', ' ') FROM jsonb_path_query(l."body", 'strict $.**.text') AS node))
   WHERE l."search_text" IS NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE IF EXISTS "articles_locales" DROP COLUMN IF EXISTS "rank_vector";`)
}
