import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "import_source_key" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_content_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_file_name" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "import_source_original_author" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_original_published_at" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_categories" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_key" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_content_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_file_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_original_author" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_original_published_at" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_categories" varchar;
  CREATE INDEX "articles_import_source_import_source_key_idx" ON "articles" USING btree ("import_source_key");
  CREATE INDEX "_articles_v_version_import_source_version_import_source__idx" ON "_articles_v" USING btree ("version_import_source_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_import_source_import_source_key_idx";
  DROP INDEX "_articles_v_version_import_source_version_import_source__idx";
  ALTER TABLE "articles" DROP COLUMN "import_source_key";
  ALTER TABLE "articles" DROP COLUMN "import_source_content_hash";
  ALTER TABLE "articles" DROP COLUMN "import_source_file_name";
  ALTER TABLE "articles" DROP COLUMN "import_source_imported_at";
  ALTER TABLE "articles" DROP COLUMN "import_source_original_author";
  ALTER TABLE "articles" DROP COLUMN "import_source_original_published_at";
  ALTER TABLE "articles" DROP COLUMN "import_source_categories";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_key";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_content_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_file_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_imported_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_original_author";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_original_published_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_categories";`)
}
