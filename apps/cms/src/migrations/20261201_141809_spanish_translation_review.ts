import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "spanish_reading_ease" numeric;
  ALTER TABLE "articles" ADD COLUMN "translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "translation_reviewed_by" varchar;
  ALTER TABLE "articles" ADD COLUMN "translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "translation_fingerprint" varchar;
  ALTER TABLE "articles" ADD COLUMN "source_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_spanish_reading_ease" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_translation_reviewed_by" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_translation_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_source_fingerprint" varchar;
  ALTER TABLE "conditions" ADD COLUMN "translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "conditions" ADD COLUMN "translation_reviewed_by" varchar;
  ALTER TABLE "conditions" ADD COLUMN "translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "conditions" ADD COLUMN "translation_fingerprint" varchar;
  ALTER TABLE "conditions" ADD COLUMN "source_fingerprint" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_translation_reviewed_by" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_translation_fingerprint" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_source_fingerprint" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "contraindications" ADD COLUMN "translation_reviewed_by" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "contraindications" ADD COLUMN "translation_fingerprint" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "source_fingerprint" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_translation_reviewed_by" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_translation_fingerprint" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_source_fingerprint" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "translation_reviewed_by" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "disclaimers" ADD COLUMN "translation_fingerprint" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "source_fingerprint" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_translation_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_translation_reviewed_by" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_translation_out_of_date" boolean DEFAULT false;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_translation_fingerprint" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_source_fingerprint" varchar;
  CREATE INDEX "articles_spanish_reading_ease_idx" ON "articles" USING btree ("spanish_reading_ease");
  CREATE INDEX "articles_translation_out_of_date_idx" ON "articles" USING btree ("translation_out_of_date");
  CREATE INDEX "_articles_v_version_version_spanish_reading_ease_idx" ON "_articles_v" USING btree ("version_spanish_reading_ease");
  CREATE INDEX "_articles_v_version_version_translation_out_of_date_idx" ON "_articles_v" USING btree ("version_translation_out_of_date");
  CREATE INDEX "conditions_translation_out_of_date_idx" ON "conditions" USING btree ("translation_out_of_date");
  CREATE INDEX "_conditions_v_version_version_translation_out_of_date_idx" ON "_conditions_v" USING btree ("version_translation_out_of_date");
  CREATE INDEX "contraindications_translation_out_of_date_idx" ON "contraindications" USING btree ("translation_out_of_date");
  CREATE INDEX "_contraindications_v_version_version_translation_out_of__idx" ON "_contraindications_v" USING btree ("version_translation_out_of_date");
  CREATE INDEX "disclaimers_translation_out_of_date_idx" ON "disclaimers" USING btree ("translation_out_of_date");
  CREATE INDEX "_disclaimers_v_version_version_translation_out_of_date_idx" ON "_disclaimers_v" USING btree ("version_translation_out_of_date");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_spanish_reading_ease_idx";
  DROP INDEX "articles_translation_out_of_date_idx";
  DROP INDEX "_articles_v_version_version_spanish_reading_ease_idx";
  DROP INDEX "_articles_v_version_version_translation_out_of_date_idx";
  DROP INDEX "conditions_translation_out_of_date_idx";
  DROP INDEX "_conditions_v_version_version_translation_out_of_date_idx";
  DROP INDEX "contraindications_translation_out_of_date_idx";
  DROP INDEX "_contraindications_v_version_version_translation_out_of__idx";
  DROP INDEX "disclaimers_translation_out_of_date_idx";
  DROP INDEX "_disclaimers_v_version_version_translation_out_of_date_idx";
  ALTER TABLE "articles" DROP COLUMN "spanish_reading_ease";
  ALTER TABLE "articles" DROP COLUMN "translation_reviewed_at";
  ALTER TABLE "articles" DROP COLUMN "translation_reviewed_by";
  ALTER TABLE "articles" DROP COLUMN "translation_out_of_date";
  ALTER TABLE "articles" DROP COLUMN "translation_fingerprint";
  ALTER TABLE "articles" DROP COLUMN "source_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_spanish_reading_ease";
  ALTER TABLE "_articles_v" DROP COLUMN "version_translation_reviewed_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_translation_reviewed_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_translation_out_of_date";
  ALTER TABLE "_articles_v" DROP COLUMN "version_translation_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_source_fingerprint";
  ALTER TABLE "conditions" DROP COLUMN "translation_reviewed_at";
  ALTER TABLE "conditions" DROP COLUMN "translation_reviewed_by";
  ALTER TABLE "conditions" DROP COLUMN "translation_out_of_date";
  ALTER TABLE "conditions" DROP COLUMN "translation_fingerprint";
  ALTER TABLE "conditions" DROP COLUMN "source_fingerprint";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_translation_reviewed_at";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_translation_reviewed_by";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_translation_out_of_date";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_translation_fingerprint";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_source_fingerprint";
  ALTER TABLE "contraindications" DROP COLUMN "translation_reviewed_at";
  ALTER TABLE "contraindications" DROP COLUMN "translation_reviewed_by";
  ALTER TABLE "contraindications" DROP COLUMN "translation_out_of_date";
  ALTER TABLE "contraindications" DROP COLUMN "translation_fingerprint";
  ALTER TABLE "contraindications" DROP COLUMN "source_fingerprint";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_translation_reviewed_at";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_translation_reviewed_by";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_translation_out_of_date";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_translation_fingerprint";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_source_fingerprint";
  ALTER TABLE "disclaimers" DROP COLUMN "translation_reviewed_at";
  ALTER TABLE "disclaimers" DROP COLUMN "translation_reviewed_by";
  ALTER TABLE "disclaimers" DROP COLUMN "translation_out_of_date";
  ALTER TABLE "disclaimers" DROP COLUMN "translation_fingerprint";
  ALTER TABLE "disclaimers" DROP COLUMN "source_fingerprint";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_translation_reviewed_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_translation_reviewed_by";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_translation_out_of_date";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_translation_fingerprint";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_source_fingerprint";`)
}
