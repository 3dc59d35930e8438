import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Spanish search: Spanish stemming with accents folded (`unaccent`), so "depresion" finds "depresión",
 * for the Spanish rows of the article search; English rows keep the English configuration. Both
 * vectors are rebuilt with the configuration of their row's locale.
 * Written by hand: Payload's schema has no generated columns or text search configurations.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE EXTENSION IF NOT EXISTS unaccent;
   CREATE TEXT SEARCH CONFIGURATION kat_spanish (COPY = pg_catalog.spanish);
   ALTER TEXT SEARCH CONFIGURATION kat_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
   ALTER TABLE "articles_locales" DROP COLUMN "search_vector", DROP COLUMN "rank_vector";
   ALTER TABLE "articles_locales" ADD COLUMN "search_vector" tsvector
     GENERATED ALWAYS AS (to_tsvector(CASE WHEN "_locale" = 'es' THEN 'kat_spanish'::regconfig ELSE 'english'::regconfig END,
                                      coalesce("search_text", ''))) STORED;
   ALTER TABLE "articles_locales" ADD COLUMN "rank_vector" tsvector
     GENERATED ALWAYS AS (
       setweight(to_tsvector(CASE WHEN "_locale" = 'es' THEN 'kat_spanish'::regconfig ELSE 'english'::regconfig END, coalesce("title", '')), 'A') ||
       setweight(to_tsvector(CASE WHEN "_locale" = 'es' THEN 'kat_spanish'::regconfig ELSE 'english'::regconfig END, coalesce("summary", '')), 'B')) STORED;
   CREATE INDEX "articles_locales_search_vector_idx" ON "articles_locales" USING gin ("search_vector");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_locales" DROP COLUMN "search_vector", DROP COLUMN "rank_vector";
   ALTER TABLE "articles_locales" ADD COLUMN "search_vector" tsvector
     GENERATED ALWAYS AS (to_tsvector('english', coalesce("search_text", ''))) STORED;
   ALTER TABLE "articles_locales" ADD COLUMN "rank_vector" tsvector
     GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
                          setweight(to_tsvector('english', coalesce("summary", '')), 'B')) STORED;
   CREATE INDEX "articles_locales_search_vector_idx" ON "articles_locales" USING gin ("search_vector");
   DROP TEXT SEARCH CONFIGURATION IF EXISTS kat_spanish;`)
}
