import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The role dashboard and saved list views (Payload's query presets), the "changes requested" flag of a
 * draft sent back and the "review due within 30 days" flag. Beyond the generated schema, by hand: the
 * flags of content saved before them, and the shared saved views each reviewed collection starts with
 * (data as of this migration, so later code changes cannot alter what it wrote).
 */
const COLLECTIONS = { articles: 'title', conditions: 'name', contraindications: 'name', citations: 'title', disclaimers: 'title' } as const

// Values as the list view's URL carries them (Payload's saved-view cell describes string values only).
type Condition = Record<string, Record<string, unknown>>
const where = (...and: Condition[]) => ({ or: [{ and }] })
const columns = (...accessors: string[]) => accessors.map((accessor) => ({ accessor, active: true }))

const sharedViews = (collection: keyof typeof COLLECTIONS) => {
  const title = COLLECTIONS[collection]
  const views = [
    { title: 'In review', where: where({ workflowStatus: { equals: 'in-review' } }), columns: columns(title, 'workflowStatus', 'submittedBy', 'updatedAt') },
    {
      title: 'Changes requested',
      where: where({ changesRequested: { equals: 'true' } }),
      columns: columns(title, 'workflowStatus', 'lastEditedBy', 'updatedAt'),
    },
    { title: 'Drafts', where: where({ workflowStatus: { equals: 'draft' } }), columns: columns(title, 'workflowStatus', 'lastEditedBy', 'updatedAt') },
    { title: 'Overdue', where: where({ reviewOverdue: { equals: 'true' } }), columns: columns(title, 'workflowStatus', 'nextReviewDue', 'reviewer') },
    {
      title: 'Due for review in 30 days',
      where: where({ reviewDueSoon: { equals: 'true' } }),
      columns: columns(title, 'workflowStatus', 'nextReviewDue', 'reviewer'),
    },
    { title: 'Published', where: where({ workflowStatus: { equals: 'published' } }), columns: columns(title, 'workflowStatus', 'nextReviewDue', 'updatedAt') },
  ]
  if (collection === 'articles') {
    views.push({
      title: 'Reading grade above 8',
      where: where({ audience: { equals: 'patients' } }, { readingGrade: { greater_than: 8 } }),
      columns: columns(title, 'readingGrade', 'workflowStatus', 'updatedAt'),
    })
  }
  return views
}

/** Flags of documents saved before this migration: the same rules as a save (workflow/enforceWorkflow.ts). */
async function backfillFlags({ db }: MigrateUpArgs): Promise<void> {
  for (const collection of Object.keys(COLLECTIONS)) {
    for (const [table, history, prefix, latest] of [
      [collection, `${collection}_workflow_history`, '', sql``],
      [`_${collection}_v`, `_${collection}_v_version_workflow_history`, 'version_', sql`AND d."latest" = true`],
    ] as const) {
      const column = (name: string) => sql.identifier(`${prefix}${name}`)
      // Sent back: the latest history entry is in review → draft, by a reviewer.
      await db.execute(sql`
        UPDATE ${sql.identifier(table)} d SET ${column('changes_requested')} = true
        WHERE d.${column('workflow_status')} = 'draft' ${latest} AND EXISTS (
          SELECT 1 FROM ${sql.identifier(history)} h JOIN "users_roles" r ON r."parent_id" = h."by_id" AND r."value" = 'reviewer'
          WHERE h."_parent_id" = d."id" AND h."from" = 'in-review' AND h."to" = 'draft'
            AND h."_order" = (SELECT max(l."_order") FROM ${sql.identifier(history)} l WHERE l."_parent_id" = d."id"))`)
      await db.execute(sql`
        UPDATE ${sql.identifier(table)} d
        SET ${column('review_overdue')} = coalesce(d.${column('next_review_due')} < now(), false),
            ${column('review_due_soon')} = coalesce(d.${column('next_review_due')} >= now() AND d.${column('next_review_due')} < now() + interval '30 days', false)
        WHERE d.${column('next_review_due')} IS NOT NULL ${latest}`)
    }
  }
}

/** Shared with all staff; only admins change or remove them (the "admins" constraint of dashboard/savedViews.ts). */
async function insertSharedViews({ db }: MigrateUpArgs): Promise<void> {
  const rows = (Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]).flatMap((collection) =>
    sharedViews(collection).map(
      (view) =>
        sql`(${view.title}, true, 'everyone', 'admins', 'admins', ${JSON.stringify(view.where)}::jsonb, ${JSON.stringify(view.columns)}::jsonb, ${collection})`,
    ),
  )
  await db.execute(sql`
    INSERT INTO "payload_query_presets"
      ("title", "is_shared", "access_read_constraint", "access_update_constraint", "access_delete_constraint", "where", "columns", "related_collection")
    VALUES ${sql.join(rows, sql`, `)}`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payload_query_presets_access_read_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers');
  CREATE TYPE "public"."enum_payload_query_presets_access_update_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers', 'admins');
  CREATE TYPE "public"."enum_payload_query_presets_access_delete_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers', 'admins');
  CREATE TYPE "public"."enum_payload_query_presets_related_collection" AS ENUM('articles', 'conditions', 'contraindications', 'citations', 'disclaimers');
  CREATE TABLE "payload_query_presets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"is_shared" boolean DEFAULT false,
  	"access_read_constraint" "enum_payload_query_presets_access_read_constraint" DEFAULT 'onlyMe',
  	"access_update_constraint" "enum_payload_query_presets_access_update_constraint" DEFAULT 'onlyMe',
  	"access_delete_constraint" "enum_payload_query_presets_access_delete_constraint" DEFAULT 'onlyMe',
  	"where" jsonb,
  	"columns" jsonb,
  	"group_by" varchar,
  	"related_collection" "enum_payload_query_presets_related_collection" NOT NULL,
  	"is_temp" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_query_presets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "changes_requested" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "review_due_soon" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_due_soon" boolean DEFAULT false;
  ALTER TABLE "conditions" ADD COLUMN "changes_requested" boolean DEFAULT false;
  ALTER TABLE "conditions" ADD COLUMN "review_due_soon" boolean DEFAULT false;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_review_due_soon" boolean DEFAULT false;
  ALTER TABLE "contraindications" ADD COLUMN "changes_requested" boolean DEFAULT false;
  ALTER TABLE "contraindications" ADD COLUMN "review_due_soon" boolean DEFAULT false;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_review_due_soon" boolean DEFAULT false;
  ALTER TABLE "citations" ADD COLUMN "changes_requested" boolean DEFAULT false;
  ALTER TABLE "citations" ADD COLUMN "review_due_soon" boolean DEFAULT false;
  ALTER TABLE "_citations_v" ADD COLUMN "version_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_citations_v" ADD COLUMN "version_review_due_soon" boolean DEFAULT false;
  ALTER TABLE "disclaimers" ADD COLUMN "changes_requested" boolean DEFAULT false;
  ALTER TABLE "disclaimers" ADD COLUMN "review_due_soon" boolean DEFAULT false;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_changes_requested" boolean DEFAULT false;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_review_due_soon" boolean DEFAULT false;
  ALTER TABLE "payload_query_presets_rels" ADD CONSTRAINT "payload_query_presets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_query_presets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_query_presets_rels" ADD CONSTRAINT "payload_query_presets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_query_presets_updated_at_idx" ON "payload_query_presets" USING btree ("updated_at");
  CREATE INDEX "payload_query_presets_created_at_idx" ON "payload_query_presets" USING btree ("created_at");
  CREATE INDEX "payload_query_presets_rels_order_idx" ON "payload_query_presets_rels" USING btree ("order");
  CREATE INDEX "payload_query_presets_rels_parent_idx" ON "payload_query_presets_rels" USING btree ("parent_id");
  CREATE INDEX "payload_query_presets_rels_path_idx" ON "payload_query_presets_rels" USING btree ("path");
  CREATE INDEX "payload_query_presets_rels_users_id_idx" ON "payload_query_presets_rels" USING btree ("users_id");
  CREATE INDEX "articles_changes_requested_idx" ON "articles" USING btree ("changes_requested");
  CREATE INDEX "articles_review_due_soon_idx" ON "articles" USING btree ("review_due_soon");
  CREATE INDEX "_articles_v_version_version_changes_requested_idx" ON "_articles_v" USING btree ("version_changes_requested");
  CREATE INDEX "_articles_v_version_version_review_due_soon_idx" ON "_articles_v" USING btree ("version_review_due_soon");
  CREATE INDEX "conditions_changes_requested_idx" ON "conditions" USING btree ("changes_requested");
  CREATE INDEX "conditions_review_due_soon_idx" ON "conditions" USING btree ("review_due_soon");
  CREATE INDEX "_conditions_v_version_version_changes_requested_idx" ON "_conditions_v" USING btree ("version_changes_requested");
  CREATE INDEX "_conditions_v_version_version_review_due_soon_idx" ON "_conditions_v" USING btree ("version_review_due_soon");
  CREATE INDEX "contraindications_changes_requested_idx" ON "contraindications" USING btree ("changes_requested");
  CREATE INDEX "contraindications_review_due_soon_idx" ON "contraindications" USING btree ("review_due_soon");
  CREATE INDEX "_contraindications_v_version_version_changes_requested_idx" ON "_contraindications_v" USING btree ("version_changes_requested");
  CREATE INDEX "_contraindications_v_version_version_review_due_soon_idx" ON "_contraindications_v" USING btree ("version_review_due_soon");
  CREATE INDEX "citations_changes_requested_idx" ON "citations" USING btree ("changes_requested");
  CREATE INDEX "citations_review_due_soon_idx" ON "citations" USING btree ("review_due_soon");
  CREATE INDEX "_citations_v_version_version_changes_requested_idx" ON "_citations_v" USING btree ("version_changes_requested");
  CREATE INDEX "_citations_v_version_version_review_due_soon_idx" ON "_citations_v" USING btree ("version_review_due_soon");
  CREATE INDEX "disclaimers_changes_requested_idx" ON "disclaimers" USING btree ("changes_requested");
  CREATE INDEX "disclaimers_review_due_soon_idx" ON "disclaimers" USING btree ("review_due_soon");
  CREATE INDEX "_disclaimers_v_version_version_changes_requested_idx" ON "_disclaimers_v" USING btree ("version_changes_requested");
  CREATE INDEX "_disclaimers_v_version_version_review_due_soon_idx" ON "_disclaimers_v" USING btree ("version_review_due_soon");`)
  await backfillFlags({ db, payload, req })
  await insertSharedViews({ db, payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_query_presets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_query_presets_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_query_presets" CASCADE;
  DROP TABLE "payload_query_presets_rels" CASCADE;
  DROP INDEX "articles_changes_requested_idx";
  DROP INDEX "articles_review_due_soon_idx";
  DROP INDEX "_articles_v_version_version_changes_requested_idx";
  DROP INDEX "_articles_v_version_version_review_due_soon_idx";
  DROP INDEX "conditions_changes_requested_idx";
  DROP INDEX "conditions_review_due_soon_idx";
  DROP INDEX "_conditions_v_version_version_changes_requested_idx";
  DROP INDEX "_conditions_v_version_version_review_due_soon_idx";
  DROP INDEX "contraindications_changes_requested_idx";
  DROP INDEX "contraindications_review_due_soon_idx";
  DROP INDEX "_contraindications_v_version_version_changes_requested_idx";
  DROP INDEX "_contraindications_v_version_version_review_due_soon_idx";
  DROP INDEX "citations_changes_requested_idx";
  DROP INDEX "citations_review_due_soon_idx";
  DROP INDEX "_citations_v_version_version_changes_requested_idx";
  DROP INDEX "_citations_v_version_version_review_due_soon_idx";
  DROP INDEX "disclaimers_changes_requested_idx";
  DROP INDEX "disclaimers_review_due_soon_idx";
  DROP INDEX "_disclaimers_v_version_version_changes_requested_idx";
  DROP INDEX "_disclaimers_v_version_version_review_due_soon_idx";
  ALTER TABLE "articles" DROP COLUMN "changes_requested";
  ALTER TABLE "articles" DROP COLUMN "review_due_soon";
  ALTER TABLE "_articles_v" DROP COLUMN "version_changes_requested";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_due_soon";
  ALTER TABLE "conditions" DROP COLUMN "changes_requested";
  ALTER TABLE "conditions" DROP COLUMN "review_due_soon";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_changes_requested";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_review_due_soon";
  ALTER TABLE "contraindications" DROP COLUMN "changes_requested";
  ALTER TABLE "contraindications" DROP COLUMN "review_due_soon";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_changes_requested";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_review_due_soon";
  ALTER TABLE "citations" DROP COLUMN "changes_requested";
  ALTER TABLE "citations" DROP COLUMN "review_due_soon";
  ALTER TABLE "_citations_v" DROP COLUMN "version_changes_requested";
  ALTER TABLE "_citations_v" DROP COLUMN "version_review_due_soon";
  ALTER TABLE "disclaimers" DROP COLUMN "changes_requested";
  ALTER TABLE "disclaimers" DROP COLUMN "review_due_soon";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_changes_requested";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_review_due_soon";
  DROP TYPE "public"."enum_payload_query_presets_access_read_constraint";
  DROP TYPE "public"."enum_payload_query_presets_access_update_constraint";
  DROP TYPE "public"."enum_payload_query_presets_access_delete_constraint";
  DROP TYPE "public"."enum_payload_query_presets_related_collection";`)
}
