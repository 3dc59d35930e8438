import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_articles_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_conditions_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_conditions_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_conditions_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_contraindications_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_contraindications_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_contraindications_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_disclaimers_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_disclaimers_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_disclaimers_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_redirects_reason" AS ENUM('slug-change', 'manual');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'flagOverdueReviews' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'flagOverdueReviews' BEFORE 'schedulePublish';
  CREATE TABLE "articles_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_articles_workflow_history_from",
  	"to" "enum_articles_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_articles_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__articles_v_version_workflow_history_from",
  	"to" "enum__articles_v_version_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "conditions_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_conditions_workflow_history_from",
  	"to" "enum_conditions_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_conditions_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__conditions_v_version_workflow_history_from",
  	"to" "enum__conditions_v_version_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "contraindications_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_contraindications_workflow_history_from",
  	"to" "enum_contraindications_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_contraindications_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__contraindications_v_version_workflow_history_from",
  	"to" "enum__contraindications_v_version_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "disclaimers_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_disclaimers_workflow_history_from",
  	"to" "enum_disclaimers_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_disclaimers_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" "enum__disclaimers_v_version_workflow_history_from",
  	"to" "enum__disclaimers_v_version_workflow_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"reason" "enum_redirects_reason" DEFAULT 'manual',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_status" "enum_articles_workflow_status" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_overdue" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_overdue" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "conditions" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "conditions" ADD COLUMN "workflow_status" "enum_conditions_workflow_status" DEFAULT 'draft';
  ALTER TABLE "conditions" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "conditions" ADD COLUMN "review_overdue" boolean DEFAULT false;
  ALTER TABLE "conditions" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "conditions" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_workflow_status" "enum__conditions_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_conditions_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_review_overdue" boolean DEFAULT false;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "contraindications" ADD COLUMN "reviewer_id" integer;
  ALTER TABLE "contraindications" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "contraindications" ADD COLUMN "next_review_due" timestamp(3) with time zone;
  ALTER TABLE "contraindications" ADD COLUMN "workflow_status" "enum_contraindications_workflow_status" DEFAULT 'draft';
  ALTER TABLE "contraindications" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "contraindications" ADD COLUMN "review_overdue" boolean DEFAULT false;
  ALTER TABLE "contraindications" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "contraindications" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_reviewer_id" integer;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_workflow_status" "enum__contraindications_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_review_overdue" boolean DEFAULT false;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_contraindications_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "reviewer_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "next_review_due" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_status" "enum_disclaimers_workflow_status" DEFAULT 'draft';
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "review_overdue" boolean DEFAULT false;
  ALTER TABLE "disclaimers" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_reviewer_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_status" "enum__disclaimers_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_review_overdue" boolean DEFAULT false;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "articles_workflow_history" ADD CONSTRAINT "articles_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_workflow_history" ADD CONSTRAINT "articles_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_history" ADD CONSTRAINT "_articles_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_history" ADD CONSTRAINT "_articles_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_workflow_history" ADD CONSTRAINT "conditions_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_workflow_history" ADD CONSTRAINT "conditions_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_workflow_history" ADD CONSTRAINT "_conditions_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_workflow_history" ADD CONSTRAINT "_conditions_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications_workflow_history" ADD CONSTRAINT "contraindications_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications_workflow_history" ADD CONSTRAINT "contraindications_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v_version_workflow_history" ADD CONSTRAINT "_contraindications_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v_version_workflow_history" ADD CONSTRAINT "_contraindications_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_workflow_history" ADD CONSTRAINT "disclaimers_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers_workflow_history" ADD CONSTRAINT "disclaimers_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_workflow_history" ADD CONSTRAINT "_disclaimers_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_workflow_history" ADD CONSTRAINT "_disclaimers_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_history_order_idx" ON "articles_workflow_history" USING btree ("_order");
  CREATE INDEX "articles_workflow_history_parent_id_idx" ON "articles_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "articles_workflow_history_by_idx" ON "articles_workflow_history" USING btree ("by_id");
  CREATE INDEX "_articles_v_version_workflow_history_order_idx" ON "_articles_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_workflow_history_parent_id_idx" ON "_articles_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_workflow_history_by_idx" ON "_articles_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "conditions_workflow_history_order_idx" ON "conditions_workflow_history" USING btree ("_order");
  CREATE INDEX "conditions_workflow_history_parent_id_idx" ON "conditions_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "conditions_workflow_history_by_idx" ON "conditions_workflow_history" USING btree ("by_id");
  CREATE INDEX "_conditions_v_version_workflow_history_order_idx" ON "_conditions_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_workflow_history_parent_id_idx" ON "_conditions_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_workflow_history_by_idx" ON "_conditions_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "contraindications_workflow_history_order_idx" ON "contraindications_workflow_history" USING btree ("_order");
  CREATE INDEX "contraindications_workflow_history_parent_id_idx" ON "contraindications_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "contraindications_workflow_history_by_idx" ON "contraindications_workflow_history" USING btree ("by_id");
  CREATE INDEX "_contraindications_v_version_workflow_history_order_idx" ON "_contraindications_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_contraindications_v_version_workflow_history_parent_id_idx" ON "_contraindications_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_contraindications_v_version_workflow_history_by_idx" ON "_contraindications_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "disclaimers_workflow_history_order_idx" ON "disclaimers_workflow_history" USING btree ("_order");
  CREATE INDEX "disclaimers_workflow_history_parent_id_idx" ON "disclaimers_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "disclaimers_workflow_history_by_idx" ON "disclaimers_workflow_history" USING btree ("by_id");
  CREATE INDEX "_disclaimers_v_version_workflow_history_order_idx" ON "_disclaimers_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_disclaimers_v_version_workflow_history_parent_id_idx" ON "_disclaimers_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_disclaimers_v_version_workflow_history_by_idx" ON "_disclaimers_v_version_workflow_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_to_idx" ON "redirects" USING btree ("to");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_review_overdue_idx" ON "articles" USING btree ("review_overdue");
  CREATE INDEX "articles_submitted_by_idx" ON "articles" USING btree ("submitted_by_id");
  CREATE INDEX "articles_last_edited_by_idx" ON "articles" USING btree ("last_edited_by_id");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_review_overdue_idx" ON "_articles_v" USING btree ("version_review_overdue");
  CREATE INDEX "_articles_v_version_version_submitted_by_idx" ON "_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_articles_v_version_version_last_edited_by_idx" ON "_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "conditions_workflow_status_idx" ON "conditions" USING btree ("workflow_status");
  CREATE INDEX "conditions_review_overdue_idx" ON "conditions" USING btree ("review_overdue");
  CREATE INDEX "conditions_submitted_by_idx" ON "conditions" USING btree ("submitted_by_id");
  CREATE INDEX "conditions_last_edited_by_idx" ON "conditions" USING btree ("last_edited_by_id");
  CREATE INDEX "_conditions_v_version_version_workflow_status_idx" ON "_conditions_v" USING btree ("version_workflow_status");
  CREATE INDEX "_conditions_v_version_version_review_overdue_idx" ON "_conditions_v" USING btree ("version_review_overdue");
  CREATE INDEX "_conditions_v_version_version_submitted_by_idx" ON "_conditions_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_conditions_v_version_version_last_edited_by_idx" ON "_conditions_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "contraindications_reviewer_idx" ON "contraindications" USING btree ("reviewer_id");
  CREATE INDEX "contraindications_last_reviewed_idx" ON "contraindications" USING btree ("last_reviewed");
  CREATE INDEX "contraindications_next_review_due_idx" ON "contraindications" USING btree ("next_review_due");
  CREATE INDEX "contraindications_workflow_status_idx" ON "contraindications" USING btree ("workflow_status");
  CREATE INDEX "contraindications_review_overdue_idx" ON "contraindications" USING btree ("review_overdue");
  CREATE INDEX "contraindications_submitted_by_idx" ON "contraindications" USING btree ("submitted_by_id");
  CREATE INDEX "contraindications_last_edited_by_idx" ON "contraindications" USING btree ("last_edited_by_id");
  CREATE INDEX "_contraindications_v_version_version_reviewer_idx" ON "_contraindications_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_contraindications_v_version_version_last_reviewed_idx" ON "_contraindications_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_contraindications_v_version_version_next_review_due_idx" ON "_contraindications_v" USING btree ("version_next_review_due");
  CREATE INDEX "_contraindications_v_version_version_workflow_status_idx" ON "_contraindications_v" USING btree ("version_workflow_status");
  CREATE INDEX "_contraindications_v_version_version_review_overdue_idx" ON "_contraindications_v" USING btree ("version_review_overdue");
  CREATE INDEX "_contraindications_v_version_version_submitted_by_idx" ON "_contraindications_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_contraindications_v_version_version_last_edited_by_idx" ON "_contraindications_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "disclaimers_reviewer_idx" ON "disclaimers" USING btree ("reviewer_id");
  CREATE INDEX "disclaimers_last_reviewed_idx" ON "disclaimers" USING btree ("last_reviewed");
  CREATE INDEX "disclaimers_next_review_due_idx" ON "disclaimers" USING btree ("next_review_due");
  CREATE INDEX "disclaimers_workflow_status_idx" ON "disclaimers" USING btree ("workflow_status");
  CREATE INDEX "disclaimers_review_overdue_idx" ON "disclaimers" USING btree ("review_overdue");
  CREATE INDEX "disclaimers_submitted_by_idx" ON "disclaimers" USING btree ("submitted_by_id");
  CREATE INDEX "disclaimers_last_edited_by_idx" ON "disclaimers" USING btree ("last_edited_by_id");
  CREATE INDEX "_disclaimers_v_version_version_reviewer_idx" ON "_disclaimers_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_disclaimers_v_version_version_last_reviewed_idx" ON "_disclaimers_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_disclaimers_v_version_version_next_review_due_idx" ON "_disclaimers_v" USING btree ("version_next_review_due");
  CREATE INDEX "_disclaimers_v_version_version_workflow_status_idx" ON "_disclaimers_v" USING btree ("version_workflow_status");
  CREATE INDEX "_disclaimers_v_version_version_review_overdue_idx" ON "_disclaimers_v" USING btree ("version_review_overdue");
  CREATE INDEX "_disclaimers_v_version_version_submitted_by_idx" ON "_disclaimers_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_disclaimers_v_version_version_last_edited_by_idx" ON "_disclaimers_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contraindications_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contraindications_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclaimers_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclaimers_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_workflow_history" CASCADE;
  DROP TABLE "_articles_v_version_workflow_history" CASCADE;
  DROP TABLE "conditions_workflow_history" CASCADE;
  DROP TABLE "_conditions_v_version_workflow_history" CASCADE;
  DROP TABLE "contraindications_workflow_history" CASCADE;
  DROP TABLE "_contraindications_v_version_workflow_history" CASCADE;
  DROP TABLE "disclaimers_workflow_history" CASCADE;
  DROP TABLE "_disclaimers_v_version_workflow_history" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "conditions" DROP CONSTRAINT "conditions_submitted_by_id_users_id_fk";
  
  ALTER TABLE "conditions" DROP CONSTRAINT "conditions_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_conditions_v" DROP CONSTRAINT "_conditions_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_conditions_v" DROP CONSTRAINT "_conditions_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "contraindications" DROP CONSTRAINT "contraindications_reviewer_id_users_id_fk";
  
  ALTER TABLE "contraindications" DROP CONSTRAINT "contraindications_submitted_by_id_users_id_fk";
  
  ALTER TABLE "contraindications" DROP CONSTRAINT "contraindications_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_contraindications_v" DROP CONSTRAINT "_contraindications_v_version_reviewer_id_users_id_fk";
  
  ALTER TABLE "_contraindications_v" DROP CONSTRAINT "_contraindications_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_contraindications_v" DROP CONSTRAINT "_contraindications_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_reviewer_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_submitted_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_reviewer_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_workflow_status_idx";
  DROP INDEX "articles_review_overdue_idx";
  DROP INDEX "articles_submitted_by_idx";
  DROP INDEX "articles_last_edited_by_idx";
  DROP INDEX "_articles_v_version_version_workflow_status_idx";
  DROP INDEX "_articles_v_version_version_review_overdue_idx";
  DROP INDEX "_articles_v_version_version_submitted_by_idx";
  DROP INDEX "_articles_v_version_version_last_edited_by_idx";
  DROP INDEX "conditions_workflow_status_idx";
  DROP INDEX "conditions_review_overdue_idx";
  DROP INDEX "conditions_submitted_by_idx";
  DROP INDEX "conditions_last_edited_by_idx";
  DROP INDEX "_conditions_v_version_version_workflow_status_idx";
  DROP INDEX "_conditions_v_version_version_review_overdue_idx";
  DROP INDEX "_conditions_v_version_version_submitted_by_idx";
  DROP INDEX "_conditions_v_version_version_last_edited_by_idx";
  DROP INDEX "contraindications_reviewer_idx";
  DROP INDEX "contraindications_last_reviewed_idx";
  DROP INDEX "contraindications_next_review_due_idx";
  DROP INDEX "contraindications_workflow_status_idx";
  DROP INDEX "contraindications_review_overdue_idx";
  DROP INDEX "contraindications_submitted_by_idx";
  DROP INDEX "contraindications_last_edited_by_idx";
  DROP INDEX "_contraindications_v_version_version_reviewer_idx";
  DROP INDEX "_contraindications_v_version_version_last_reviewed_idx";
  DROP INDEX "_contraindications_v_version_version_next_review_due_idx";
  DROP INDEX "_contraindications_v_version_version_workflow_status_idx";
  DROP INDEX "_contraindications_v_version_version_review_overdue_idx";
  DROP INDEX "_contraindications_v_version_version_submitted_by_idx";
  DROP INDEX "_contraindications_v_version_version_last_edited_by_idx";
  DROP INDEX "disclaimers_reviewer_idx";
  DROP INDEX "disclaimers_last_reviewed_idx";
  DROP INDEX "disclaimers_next_review_due_idx";
  DROP INDEX "disclaimers_workflow_status_idx";
  DROP INDEX "disclaimers_review_overdue_idx";
  DROP INDEX "disclaimers_submitted_by_idx";
  DROP INDEX "disclaimers_last_edited_by_idx";
  DROP INDEX "_disclaimers_v_version_version_reviewer_idx";
  DROP INDEX "_disclaimers_v_version_version_last_reviewed_idx";
  DROP INDEX "_disclaimers_v_version_version_next_review_due_idx";
  DROP INDEX "_disclaimers_v_version_version_workflow_status_idx";
  DROP INDEX "_disclaimers_v_version_version_review_overdue_idx";
  DROP INDEX "_disclaimers_v_version_version_submitted_by_idx";
  DROP INDEX "_disclaimers_v_version_version_last_edited_by_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "articles" DROP COLUMN "reviewed_by";
  ALTER TABLE "articles" DROP COLUMN "workflow_status";
  ALTER TABLE "articles" DROP COLUMN "workflow_note";
  ALTER TABLE "articles" DROP COLUMN "review_overdue";
  ALTER TABLE "articles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "articles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_overdue";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "conditions" DROP COLUMN "reviewed_by";
  ALTER TABLE "conditions" DROP COLUMN "workflow_status";
  ALTER TABLE "conditions" DROP COLUMN "workflow_note";
  ALTER TABLE "conditions" DROP COLUMN "review_overdue";
  ALTER TABLE "conditions" DROP COLUMN "submitted_by_id";
  ALTER TABLE "conditions" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_review_overdue";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "contraindications" DROP COLUMN "reviewer_id";
  ALTER TABLE "contraindications" DROP COLUMN "reviewed_by";
  ALTER TABLE "contraindications" DROP COLUMN "last_reviewed";
  ALTER TABLE "contraindications" DROP COLUMN "next_review_due";
  ALTER TABLE "contraindications" DROP COLUMN "workflow_status";
  ALTER TABLE "contraindications" DROP COLUMN "workflow_note";
  ALTER TABLE "contraindications" DROP COLUMN "review_overdue";
  ALTER TABLE "contraindications" DROP COLUMN "submitted_by_id";
  ALTER TABLE "contraindications" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_reviewer_id";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_last_reviewed";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_next_review_due";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_review_overdue";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_contraindications_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "disclaimers" DROP COLUMN "reviewer_id";
  ALTER TABLE "disclaimers" DROP COLUMN "reviewed_by";
  ALTER TABLE "disclaimers" DROP COLUMN "last_reviewed";
  ALTER TABLE "disclaimers" DROP COLUMN "next_review_due";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_status";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_note";
  ALTER TABLE "disclaimers" DROP COLUMN "review_overdue";
  ALTER TABLE "disclaimers" DROP COLUMN "submitted_by_id";
  ALTER TABLE "disclaimers" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_reviewer_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_last_reviewed";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_next_review_due";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_review_overdue";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_articles_workflow_history_from";
  DROP TYPE "public"."enum_articles_workflow_history_to";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_workflow_history_from";
  DROP TYPE "public"."enum__articles_v_version_workflow_history_to";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum_conditions_workflow_history_from";
  DROP TYPE "public"."enum_conditions_workflow_history_to";
  DROP TYPE "public"."enum_conditions_workflow_status";
  DROP TYPE "public"."enum__conditions_v_version_workflow_history_from";
  DROP TYPE "public"."enum__conditions_v_version_workflow_history_to";
  DROP TYPE "public"."enum__conditions_v_version_workflow_status";
  DROP TYPE "public"."enum_contraindications_workflow_history_from";
  DROP TYPE "public"."enum_contraindications_workflow_history_to";
  DROP TYPE "public"."enum_contraindications_workflow_status";
  DROP TYPE "public"."enum__contraindications_v_version_workflow_history_from";
  DROP TYPE "public"."enum__contraindications_v_version_workflow_history_to";
  DROP TYPE "public"."enum__contraindications_v_version_workflow_status";
  DROP TYPE "public"."enum_disclaimers_workflow_history_from";
  DROP TYPE "public"."enum_disclaimers_workflow_history_to";
  DROP TYPE "public"."enum_disclaimers_workflow_status";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_history_from";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_history_to";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_status";
  DROP TYPE "public"."enum_redirects_reason";`)
}
