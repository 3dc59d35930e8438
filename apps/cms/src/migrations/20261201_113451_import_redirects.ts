import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_redirects_reason" ADD VALUE 'import';
  ALTER TABLE "articles" ADD COLUMN "import_source_original_url" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_original_url" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "redirects" ALTER COLUMN "reason" SET DATA TYPE text;
  UPDATE "redirects" SET "reason" = 'manual' WHERE "reason" = 'import';
  ALTER TABLE "redirects" ALTER COLUMN "reason" SET DEFAULT 'manual'::text;
  DROP TYPE "public"."enum_redirects_reason";
  CREATE TYPE "public"."enum_redirects_reason" AS ENUM('slug-change', 'manual');
  ALTER TABLE "redirects" ALTER COLUMN "reason" SET DEFAULT 'manual'::"public"."enum_redirects_reason";
  ALTER TABLE "redirects" ALTER COLUMN "reason" SET DATA TYPE "public"."enum_redirects_reason" USING "reason"::"public"."enum_redirects_reason";
  ALTER TABLE "articles" DROP COLUMN "import_source_original_url";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_original_url";`)
}
