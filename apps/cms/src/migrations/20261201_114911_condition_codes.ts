import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conditions_codes_system" AS ENUM('icd10cm', 'snomedct');
  CREATE TYPE "public"."enum__conditions_v_version_codes_system" AS ENUM('icd10cm', 'snomedct');
  CREATE TABLE "conditions_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"system" "enum_conditions_codes_system" DEFAULT 'icd10cm',
  	"code" varchar
  );
  
  CREATE TABLE "_conditions_v_version_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"system" "enum__conditions_v_version_codes_system" DEFAULT 'icd10cm',
  	"code" varchar,
  	"_uuid" varchar
  );
  
  DROP INDEX "conditions_codes_codes_icd10_idx";
  DROP INDEX "conditions_codes_codes_snomed_idx";
  DROP INDEX "_conditions_v_version_codes_version_codes_icd10_idx";
  DROP INDEX "_conditions_v_version_codes_version_codes_snomed_idx";
  ALTER TABLE "conditions_codes" ADD CONSTRAINT "conditions_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_codes" ADD CONSTRAINT "_conditions_v_version_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_codes_order_idx" ON "conditions_codes" USING btree ("_order");
  CREATE INDEX "conditions_codes_parent_id_idx" ON "conditions_codes" USING btree ("_parent_id");
  CREATE INDEX "conditions_codes_code_idx" ON "conditions_codes" USING btree ("code");
  CREATE INDEX "_conditions_v_version_codes_order_idx" ON "_conditions_v_version_codes" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_codes_parent_id_idx" ON "_conditions_v_version_codes" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_codes_code_idx" ON "_conditions_v_version_codes" USING btree ("code");
  -- Each condition's single ICD-10 and SNOMED CT code becomes a row of its codes, in the document and in every version.
  INSERT INTO "conditions_codes" ("_order", "_parent_id", "id", "system", "code")
    SELECT 1, "id", substr(md5(random()::text || "id"::text || 'icd'), 1, 24), 'icd10cm'::"enum_conditions_codes_system", upper("codes_icd10") FROM "conditions" WHERE coalesce("codes_icd10", '') <> ''
    UNION ALL
    SELECT 2, "id", substr(md5(random()::text || "id"::text || 'snomed'), 1, 24), 'snomedct'::"enum_conditions_codes_system", "codes_snomed" FROM "conditions" WHERE coalesce("codes_snomed", '') <> '';
  INSERT INTO "_conditions_v_version_codes" ("_order", "_parent_id", "system", "code", "_uuid")
    SELECT 1, "id", 'icd10cm'::"enum__conditions_v_version_codes_system", upper("version_codes_icd10"), substr(md5(random()::text || "id"::text || 'icd'), 1, 24) FROM "_conditions_v" WHERE coalesce("version_codes_icd10", '') <> ''
    UNION ALL
    SELECT 2, "id", 'snomedct'::"enum__conditions_v_version_codes_system", "version_codes_snomed", substr(md5(random()::text || "id"::text || 'snomed'), 1, 24) FROM "_conditions_v" WHERE coalesce("version_codes_snomed", '') <> '';
  ALTER TABLE "conditions" DROP COLUMN "codes_icd10";
  ALTER TABLE "conditions" DROP COLUMN "codes_snomed";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_codes_icd10";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_codes_snomed";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "conditions_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions" ADD COLUMN "codes_icd10" varchar;
  ALTER TABLE "conditions" ADD COLUMN "codes_snomed" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_codes_icd10" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_codes_snomed" varchar;
  -- Back to one code per system: the first row of each.
  UPDATE "conditions" SET
    "codes_icd10" = (SELECT "code" FROM "conditions_codes" WHERE "_parent_id" = "conditions"."id" AND "system" = 'icd10cm' ORDER BY "_order" LIMIT 1),
    "codes_snomed" = (SELECT "code" FROM "conditions_codes" WHERE "_parent_id" = "conditions"."id" AND "system" = 'snomedct' ORDER BY "_order" LIMIT 1);
  UPDATE "_conditions_v" SET
    "version_codes_icd10" = (SELECT "code" FROM "_conditions_v_version_codes" c WHERE c."_parent_id" = "_conditions_v"."id" AND c."system" = 'icd10cm' ORDER BY c."_order" LIMIT 1),
    "version_codes_snomed" = (SELECT "code" FROM "_conditions_v_version_codes" c WHERE c."_parent_id" = "_conditions_v"."id" AND c."system" = 'snomedct' ORDER BY c."_order" LIMIT 1);
  DROP TABLE "conditions_codes" CASCADE;
  DROP TABLE "_conditions_v_version_codes" CASCADE;
  CREATE INDEX "conditions_codes_codes_icd10_idx" ON "conditions" USING btree ("codes_icd10");
  CREATE INDEX "conditions_codes_codes_snomed_idx" ON "conditions" USING btree ("codes_snomed");
  CREATE INDEX "_conditions_v_version_codes_version_codes_icd10_idx" ON "_conditions_v" USING btree ("version_codes_icd10");
  CREATE INDEX "_conditions_v_version_codes_version_codes_snomed_idx" ON "_conditions_v" USING btree ("version_codes_snomed");
  DROP TYPE "public"."enum_conditions_codes_system";
  DROP TYPE "public"."enum__conditions_v_version_codes_system";`)
}
