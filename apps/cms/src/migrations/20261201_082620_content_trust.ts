import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citations_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_citations_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_citations_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__citations_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__citations_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__citations_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('publish', 'unpublish', 'delete', 'restore', 'role-change', 'settings-change');
  CREATE TABLE "citations_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_citations_workflow_history_from",
  	"to" "enum_citations_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_citations_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__citations_v_version_workflow_history_from",
  	"to" "enum__citations_v_version_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"summary" varchar NOT NULL,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"user_id" integer,
  	"user_name" varchar,
  	"fingerprint_before" varchar,
  	"fingerprint_after" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "approved_fingerprint" varchar;
  ALTER TABLE "articles" ADD COLUMN "published_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approved_fingerprint" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_published_fingerprint" varchar;
  ALTER TABLE "conditions" ADD COLUMN "approved_fingerprint" varchar;
  ALTER TABLE "conditions" ADD COLUMN "published_fingerprint" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_approved_fingerprint" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_published_fingerprint" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "approved_fingerprint" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "published_fingerprint" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_approved_fingerprint" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_published_fingerprint" varchar;
  ALTER TABLE "citations" ADD COLUMN "reviewer_id" integer;
  ALTER TABLE "citations" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "citations" ADD COLUMN "last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "citations" ADD COLUMN "next_review_due" timestamp(3) with time zone;
  ALTER TABLE "citations" ADD COLUMN "workflow_status" "enum_citations_workflow_status" DEFAULT 'draft';
  ALTER TABLE "citations" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "citations" ADD COLUMN "review_overdue" boolean DEFAULT false;
  ALTER TABLE "citations" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "citations" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "citations" ADD COLUMN "approved_fingerprint" varchar;
  ALTER TABLE "citations" ADD COLUMN "published_fingerprint" varchar;
  ALTER TABLE "_citations_v" ADD COLUMN "version_reviewer_id" integer;
  ALTER TABLE "_citations_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_citations_v" ADD COLUMN "version_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_citations_v" ADD COLUMN "version_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_citations_v" ADD COLUMN "version_workflow_status" "enum__citations_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_citations_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_citations_v" ADD COLUMN "version_review_overdue" boolean DEFAULT false;
  ALTER TABLE "_citations_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_citations_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "_citations_v" ADD COLUMN "version_approved_fingerprint" varchar;
  ALTER TABLE "_citations_v" ADD COLUMN "version_published_fingerprint" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "approved_fingerprint" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "published_fingerprint" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_approved_fingerprint" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_published_fingerprint" varchar;
  ALTER TABLE "redirects" ADD COLUMN "recorded_for_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "review_policy_interval_months" numeric DEFAULT 12 NOT NULL;
  ALTER TABLE "citations_workflow_history" ADD CONSTRAINT "citations_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citations_workflow_history" ADD CONSTRAINT "citations_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_citations_v_version_workflow_history" ADD CONSTRAINT "_citations_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v_version_workflow_history" ADD CONSTRAINT "_citations_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_citations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "citations_workflow_history_order_idx" ON "citations_workflow_history" USING btree ("_order");
  CREATE INDEX "citations_workflow_history_parent_id_idx" ON "citations_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "citations_workflow_history_by_idx" ON "citations_workflow_history" USING btree ("by_id");
  CREATE INDEX "_citations_v_version_workflow_history_order_idx" ON "_citations_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_citations_v_version_workflow_history_parent_id_idx" ON "_citations_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_citations_v_version_workflow_history_by_idx" ON "_citations_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "citations" ADD CONSTRAINT "citations_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citations" ADD CONSTRAINT "citations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citations" ADD CONSTRAINT "citations_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_recorded_for_id_users_id_fk" FOREIGN KEY ("recorded_for_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "citations_reviewer_idx" ON "citations" USING btree ("reviewer_id");
  CREATE INDEX "citations_last_reviewed_idx" ON "citations" USING btree ("last_reviewed");
  CREATE INDEX "citations_next_review_due_idx" ON "citations" USING btree ("next_review_due");
  CREATE INDEX "citations_workflow_status_idx" ON "citations" USING btree ("workflow_status");
  CREATE INDEX "citations_review_overdue_idx" ON "citations" USING btree ("review_overdue");
  CREATE INDEX "citations_submitted_by_idx" ON "citations" USING btree ("submitted_by_id");
  CREATE INDEX "citations_last_edited_by_idx" ON "citations" USING btree ("last_edited_by_id");
  CREATE INDEX "_citations_v_version_version_reviewer_idx" ON "_citations_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_citations_v_version_version_last_reviewed_idx" ON "_citations_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_citations_v_version_version_next_review_due_idx" ON "_citations_v" USING btree ("version_next_review_due");
  CREATE INDEX "_citations_v_version_version_workflow_status_idx" ON "_citations_v" USING btree ("version_workflow_status");
  CREATE INDEX "_citations_v_version_version_review_overdue_idx" ON "_citations_v" USING btree ("version_review_overdue");
  CREATE INDEX "_citations_v_version_version_submitted_by_idx" ON "_citations_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_citations_v_version_version_last_edited_by_idx" ON "_citations_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "redirects_recorded_for_idx" ON "redirects" USING btree ("recorded_for_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)

  // Citations joined the review workflow: what was live stays live, as published; the rest are drafts.
  await db.execute(sql`
  UPDATE "citations" SET "workflow_status" = CASE WHEN "_status" = 'published' THEN 'published'::"enum_citations_workflow_status" ELSE 'draft'::"enum_citations_workflow_status" END;
  UPDATE "_citations_v" SET "version_workflow_status" = CASE WHEN "version__status" = 'published' THEN 'published'::"enum__citations_v_version_workflow_status" ELSE 'draft'::"enum__citations_v_version_workflow_status" END;
  `)

  // The audit log is append-only in the database too: no UPDATE except the account link being cleared
  // when a user is deleted (the foreign key's ON DELETE SET NULL), no DELETE.
  await db.execute(sql`
  CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'The audit log is append-only.';
    END IF;
    IF (to_jsonb(NEW) - 'user_id' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'user_id' - 'updated_at') OR NEW.user_id IS NOT NULL AND NEW.user_id IS DISTINCT FROM OLD.user_id THEN
      RAISE EXCEPTION 'The audit log is append-only.';
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "audit_log_append_only" ON "audit_log";
  DROP FUNCTION IF EXISTS "audit_log_append_only"();
  `)
  await db.execute(sql`
   ALTER TABLE "citations_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_citations_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citations_workflow_history" CASCADE;
  DROP TABLE "_citations_v_version_workflow_history" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "citations" DROP CONSTRAINT "citations_reviewer_id_users_id_fk";
  
  ALTER TABLE "citations" DROP CONSTRAINT "citations_submitted_by_id_users_id_fk";
  
  ALTER TABLE "citations" DROP CONSTRAINT "citations_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_citations_v" DROP CONSTRAINT "_citations_v_version_reviewer_id_users_id_fk";
  
  ALTER TABLE "_citations_v" DROP CONSTRAINT "_citations_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_citations_v" DROP CONSTRAINT "_citations_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "redirects" DROP CONSTRAINT "redirects_recorded_for_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "citations_reviewer_idx";
  DROP INDEX "citations_last_reviewed_idx";
  DROP INDEX "citations_next_review_due_idx";
  DROP INDEX "citations_workflow_status_idx";
  DROP INDEX "citations_review_overdue_idx";
  DROP INDEX "citations_submitted_by_idx";
  DROP INDEX "citations_last_edited_by_idx";
  DROP INDEX "_citations_v_version_version_reviewer_idx";
  DROP INDEX "_citations_v_version_version_last_reviewed_idx";
  DROP INDEX "_citations_v_version_version_next_review_due_idx";
  DROP INDEX "_citations_v_version_version_workflow_status_idx";
  DROP INDEX "_citations_v_version_version_review_overdue_idx";
  DROP INDEX "_citations_v_version_version_submitted_by_idx";
  DROP INDEX "_citations_v_version_version_last_edited_by_idx";
  DROP INDEX "redirects_recorded_for_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "articles" DROP COLUMN "approved_fingerprint";
  ALTER TABLE "articles" DROP COLUMN "published_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approved_fingerprint";
  ALTER TABLE "_articles_v" DROP COLUMN "version_published_fingerprint";
  ALTER TABLE "conditions" DROP COLUMN "approved_fingerprint";
  ALTER TABLE "conditions" DROP COLUMN "published_fingerprint";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_approved_fingerprint";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_published_fingerprint";
  ALTER TABLE "contraindications" DROP COLUMN "approved_fingerprint";
  ALTER TABLE "contraindications" DROP COLUMN "published_fingerprint";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_approved_fingerprint";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_published_fingerprint";
  ALTER TABLE "citations" DROP COLUMN "reviewer_id";
  ALTER TABLE "citations" DROP COLUMN "reviewed_by";
  ALTER TABLE "citations" DROP COLUMN "last_reviewed";
  ALTER TABLE "citations" DROP COLUMN "next_review_due";
  ALTER TABLE "citations" DROP COLUMN "workflow_status";
  ALTER TABLE "citations" DROP COLUMN "workflow_note";
  ALTER TABLE "citations" DROP COLUMN "review_overdue";
  ALTER TABLE "citations" DROP COLUMN "submitted_by_id";
  ALTER TABLE "citations" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "citations" DROP COLUMN "approved_fingerprint";
  ALTER TABLE "citations" DROP COLUMN "published_fingerprint";
  ALTER TABLE "_citations_v" DROP COLUMN "version_reviewer_id";
  ALTER TABLE "_citations_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_citations_v" DROP COLUMN "version_last_reviewed";
  ALTER TABLE "_citations_v" DROP COLUMN "version_next_review_due";
  ALTER TABLE "_citations_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_citations_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_citations_v" DROP COLUMN "version_review_overdue";
  ALTER TABLE "_citations_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_citations_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "_citations_v" DROP COLUMN "version_approved_fingerprint";
  ALTER TABLE "_citations_v" DROP COLUMN "version_published_fingerprint";
  ALTER TABLE "disclaimers" DROP COLUMN "approved_fingerprint";
  ALTER TABLE "disclaimers" DROP COLUMN "published_fingerprint";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_approved_fingerprint";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_published_fingerprint";
  ALTER TABLE "redirects" DROP COLUMN "recorded_for_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "site_settings" DROP COLUMN "review_policy_interval_months";
  DROP TYPE "public"."enum_citations_workflow_history_from";
  DROP TYPE "public"."enum_citations_workflow_history_to";
  DROP TYPE "public"."enum_citations_workflow_status";
  DROP TYPE "public"."enum__citations_v_version_workflow_history_from";
  DROP TYPE "public"."enum__citations_v_version_workflow_history_to";
  DROP TYPE "public"."enum__citations_v_version_workflow_status";
  DROP TYPE "public"."enum_audit_log_action";`)
}
