import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_articles_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_articles_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_articles_audience" AS ENUM('patients', 'caregivers', 'clinicians');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_audience" AS ENUM('patients', 'caregivers', 'clinicians');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_conditions_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_conditions_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_conditions_evidence_level" AS ENUM('approved', 'emerging', 'investigational');
  CREATE TYPE "public"."enum_conditions_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_evidence_level" AS ENUM('approved', 'emerging', 'investigational');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_contraindications_applies_to" AS ENUM('all', 'iv-ketamine', 'im-ketamine', 'oral-ketamine', 'intranasal-esketamine');
  CREATE TYPE "public"."enum_contraindications_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_contraindications_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_contraindications_kind" AS ENUM('absolute', 'relative');
  CREATE TYPE "public"."enum_contraindications_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_contraindications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_applies_to" AS ENUM('all', 'iv-ketamine', 'im-ketamine', 'oral-ketamine', 'intranasal-esketamine');
  CREATE TYPE "public"."enum__contraindications_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_kind" AS ENUM('absolute', 'relative');
  CREATE TYPE "public"."enum__contraindications_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__contraindications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contraindications_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_citations_type" AS ENUM('journal-article', 'review', 'guideline', 'drug-label', 'web-page');
  CREATE TYPE "public"."enum_citations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__citations_v_version_type" AS ENUM('journal-article', 'review', 'guideline', 'drug-label', 'web-page');
  CREATE TYPE "public"."enum__citations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__citations_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_disclaimers_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_disclaimers_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_disclaimers_kind" AS ENUM('medical-advice', 'emergency', 'off-label');
  CREATE TYPE "public"."enum_disclaimers_scope" AS ENUM('all', 'articles', 'conditions');
  CREATE TYPE "public"."enum_disclaimers_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum_disclaimers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_history_from" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_history_to" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_kind" AS ENUM('medical-advice', 'emergency', 'off-label');
  CREATE TYPE "public"."enum__disclaimers_v_version_scope" AS ENUM('all', 'articles', 'conditions');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_status" AS ENUM('draft', 'in-review', 'approved', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_redirects_reason" AS ENUM('slug-change', 'manual');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'flagOverdueReviews', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'flagOverdueReviews', 'schedulePublish');
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
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"audience" "enum_articles_audience" DEFAULT 'patients',
  	"author_id" integer,
  	"reviewer_id" integer,
  	"reviewed_by" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"reading_grade" numeric,
  	"workflow_status" "enum_articles_workflow_status" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"review_overdue" boolean DEFAULT false,
  	"submitted_by_id" integer,
  	"last_edited_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"contraindications_id" integer,
  	"citations_id" integer,
  	"disclaimers_id" integer
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
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_audience" "enum__articles_v_version_audience" DEFAULT 'patients',
  	"version_author_id" integer,
  	"version_reviewer_id" integer,
  	"version_reviewed_by" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_reading_grade" numeric,
  	"version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_review_overdue" boolean DEFAULT false,
  	"version_submitted_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"contraindications_id" integer,
  	"citations_id" integer,
  	"disclaimers_id" integer
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
  
  CREATE TABLE "conditions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"evidence_level" "enum_conditions_evidence_level" DEFAULT 'investigational',
  	"codes_icd10" varchar,
  	"codes_snomed" varchar,
  	"reviewer_id" integer,
  	"reviewed_by" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"workflow_status" "enum_conditions_workflow_status" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"review_overdue" boolean DEFAULT false,
  	"submitted_by_id" integer,
  	"last_edited_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conditions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conditions_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"overview" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conditions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "conditions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"contraindications_id" integer,
  	"citations_id" integer,
  	"disclaimers_id" integer
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
  
  CREATE TABLE "_conditions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_evidence_level" "enum__conditions_v_version_evidence_level" DEFAULT 'investigational',
  	"version_codes_icd10" varchar,
  	"version_codes_snomed" varchar,
  	"version_reviewer_id" integer,
  	"version_reviewed_by" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_workflow_status" "enum__conditions_v_version_workflow_status" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_review_overdue" boolean DEFAULT false,
  	"version_submitted_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__conditions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_conditions_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_overview" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_conditions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_conditions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"contraindications_id" integer,
  	"citations_id" integer,
  	"disclaimers_id" integer
  );
  
  CREATE TABLE "contraindications_applies_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contraindications_applies_to",
  	"id" serial PRIMARY KEY NOT NULL
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
  
  CREATE TABLE "contraindications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_contraindications_kind",
  	"reviewer_id" integer,
  	"reviewed_by" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"workflow_status" "enum_contraindications_workflow_status" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"review_overdue" boolean DEFAULT false,
  	"submitted_by_id" integer,
  	"last_edited_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contraindications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "contraindications_locales" (
  	"name" varchar,
  	"patient_explanation" varchar,
  	"clinician_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "contraindications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer
  );
  
  CREATE TABLE "_contraindications_v_version_applies_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contraindications_v_version_applies_to",
  	"id" serial PRIMARY KEY NOT NULL
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
  
  CREATE TABLE "_contraindications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__contraindications_v_version_kind",
  	"version_reviewer_id" integer,
  	"version_reviewed_by" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_workflow_status" "enum__contraindications_v_version_workflow_status" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_review_overdue" boolean DEFAULT false,
  	"version_submitted_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contraindications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__contraindications_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_contraindications_v_locales" (
  	"version_name" varchar,
  	"version_patient_explanation" varchar,
  	"version_clinician_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_contraindications_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"citations_id" integer
  );
  
  CREATE TABLE "citations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_citations_type" DEFAULT 'journal-article',
  	"title" varchar,
  	"authors" varchar,
  	"journal" varchar,
  	"year" numeric,
  	"volume" varchar,
  	"issue" varchar,
  	"pages" varchar,
  	"doi" varchar,
  	"pmid" varchar,
  	"url" varchar,
  	"accessed" timestamp(3) with time zone,
  	"formatted" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_citations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_citations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_type" "enum__citations_v_version_type" DEFAULT 'journal-article',
  	"version_title" varchar,
  	"version_authors" varchar,
  	"version_journal" varchar,
  	"version_year" numeric,
  	"version_volume" varchar,
  	"version_issue" varchar,
  	"version_pages" varchar,
  	"version_doi" varchar,
  	"version_pmid" varchar,
  	"version_url" varchar,
  	"version_accessed" timestamp(3) with time zone,
  	"version_formatted" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__citations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__citations_v_published_locale",
  	"latest" boolean
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
  
  CREATE TABLE "disclaimers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_disclaimers_kind",
  	"required" boolean DEFAULT false,
  	"scope" "enum_disclaimers_scope" DEFAULT 'all',
  	"reviewer_id" integer,
  	"reviewed_by" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"workflow_status" "enum_disclaimers_workflow_status" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"review_overdue" boolean DEFAULT false,
  	"submitted_by_id" integer,
  	"last_edited_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclaimers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclaimers_locales" (
  	"title" varchar,
  	"body" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
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
  
  CREATE TABLE "_disclaimers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__disclaimers_v_version_kind",
  	"version_required" boolean DEFAULT false,
  	"version_scope" "enum__disclaimers_v_version_scope" DEFAULT 'all',
  	"version_reviewer_id" integer,
  	"version_reviewed_by" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_workflow_status" "enum__disclaimers_v_version_workflow_status" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_review_overdue" boolean DEFAULT false,
  	"version_submitted_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclaimers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__disclaimers_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_disclaimers_v_locales" (
  	"version_title" varchar,
  	"version_body" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"reason" "enum_redirects_reason" DEFAULT 'manual',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"credentials" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"conditions_id" integer,
  	"contraindications_id" integer,
  	"citations_id" integer,
  	"disclaimers_id" integer,
  	"media_id" integer,
  	"redirects_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_crisis_help_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"contact" varchar NOT NULL,
  	"href" varchar
  );
  
  CREATE TABLE "site_settings_crisis_help_lines_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar DEFAULT 'Ketamine Therapy Guide' NOT NULL,
  	"organisation" varchar,
  	"crisis_help_text" varchar DEFAULT 'If you are thinking about suicide or are in danger, get help now. You do not have to wait.' NOT NULL,
  	"footer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_workflow_history" ADD CONSTRAINT "articles_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_workflow_history" ADD CONSTRAINT "articles_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_history" ADD CONSTRAINT "_articles_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_history" ADD CONSTRAINT "_articles_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_workflow_history" ADD CONSTRAINT "conditions_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_workflow_history" ADD CONSTRAINT "conditions_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_texts" ADD CONSTRAINT "conditions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_workflow_history" ADD CONSTRAINT "_conditions_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_workflow_history" ADD CONSTRAINT "_conditions_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_locales" ADD CONSTRAINT "_conditions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_texts" ADD CONSTRAINT "_conditions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications_applies_to" ADD CONSTRAINT "contraindications_applies_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications_workflow_history" ADD CONSTRAINT "contraindications_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications_workflow_history" ADD CONSTRAINT "contraindications_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications" ADD CONSTRAINT "contraindications_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contraindications_locales" ADD CONSTRAINT "contraindications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications_rels" ADD CONSTRAINT "contraindications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contraindications_rels" ADD CONSTRAINT "contraindications_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v_version_applies_to" ADD CONSTRAINT "_contraindications_v_version_applies_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v_version_workflow_history" ADD CONSTRAINT "_contraindications_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v_version_workflow_history" ADD CONSTRAINT "_contraindications_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_parent_id_contraindications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contraindications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v" ADD CONSTRAINT "_contraindications_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contraindications_v_locales" ADD CONSTRAINT "_contraindications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v_rels" ADD CONSTRAINT "_contraindications_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contraindications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contraindications_v_rels" ADD CONSTRAINT "_contraindications_v_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_parent_id_citations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."citations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers_workflow_history" ADD CONSTRAINT "disclaimers_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers_workflow_history" ADD CONSTRAINT "disclaimers_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers_locales" ADD CONSTRAINT "disclaimers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_workflow_history" ADD CONSTRAINT "_disclaimers_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_workflow_history" ADD CONSTRAINT "_disclaimers_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_parent_id_disclaimers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_locales" ADD CONSTRAINT "_disclaimers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contraindications_fk" FOREIGN KEY ("contraindications_id") REFERENCES "public"."contraindications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citations_fk" FOREIGN KEY ("citations_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_crisis_help_lines" ADD CONSTRAINT "site_settings_crisis_help_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_crisis_help_lines_locales" ADD CONSTRAINT "site_settings_crisis_help_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_crisis_help_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_history_order_idx" ON "articles_workflow_history" USING btree ("_order");
  CREATE INDEX "articles_workflow_history_parent_id_idx" ON "articles_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "articles_workflow_history_by_idx" ON "articles_workflow_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_audience_idx" ON "articles" USING btree ("audience");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_reviewer_idx" ON "articles" USING btree ("reviewer_id");
  CREATE INDEX "articles_last_reviewed_idx" ON "articles" USING btree ("last_reviewed");
  CREATE INDEX "articles_next_review_due_idx" ON "articles" USING btree ("next_review_due");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_reading_grade_idx" ON "articles" USING btree ("reading_grade");
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_review_overdue_idx" ON "articles" USING btree ("review_overdue");
  CREATE INDEX "articles_submitted_by_idx" ON "articles" USING btree ("submitted_by_id");
  CREATE INDEX "articles_last_edited_by_idx" ON "articles" USING btree ("last_edited_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_conditions_id_idx" ON "articles_rels" USING btree ("conditions_id");
  CREATE INDEX "articles_rels_contraindications_id_idx" ON "articles_rels" USING btree ("contraindications_id");
  CREATE INDEX "articles_rels_citations_id_idx" ON "articles_rels" USING btree ("citations_id");
  CREATE INDEX "articles_rels_disclaimers_id_idx" ON "articles_rels" USING btree ("disclaimers_id");
  CREATE INDEX "_articles_v_version_workflow_history_order_idx" ON "_articles_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_workflow_history_parent_id_idx" ON "_articles_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_workflow_history_by_idx" ON "_articles_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_audience_idx" ON "_articles_v" USING btree ("version_audience");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_reviewer_idx" ON "_articles_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_articles_v_version_version_last_reviewed_idx" ON "_articles_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_articles_v_version_version_next_review_due_idx" ON "_articles_v" USING btree ("version_next_review_due");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_reading_grade_idx" ON "_articles_v" USING btree ("version_reading_grade");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_review_overdue_idx" ON "_articles_v" USING btree ("version_review_overdue");
  CREATE INDEX "_articles_v_version_version_submitted_by_idx" ON "_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_articles_v_version_version_last_edited_by_idx" ON "_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_conditions_id_idx" ON "_articles_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_articles_v_rels_contraindications_id_idx" ON "_articles_v_rels" USING btree ("contraindications_id");
  CREATE INDEX "_articles_v_rels_citations_id_idx" ON "_articles_v_rels" USING btree ("citations_id");
  CREATE INDEX "_articles_v_rels_disclaimers_id_idx" ON "_articles_v_rels" USING btree ("disclaimers_id");
  CREATE INDEX "conditions_workflow_history_order_idx" ON "conditions_workflow_history" USING btree ("_order");
  CREATE INDEX "conditions_workflow_history_parent_id_idx" ON "conditions_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "conditions_workflow_history_by_idx" ON "conditions_workflow_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_evidence_level_idx" ON "conditions" USING btree ("evidence_level");
  CREATE INDEX "conditions_codes_codes_icd10_idx" ON "conditions" USING btree ("codes_icd10");
  CREATE INDEX "conditions_codes_codes_snomed_idx" ON "conditions" USING btree ("codes_snomed");
  CREATE INDEX "conditions_reviewer_idx" ON "conditions" USING btree ("reviewer_id");
  CREATE INDEX "conditions_last_reviewed_idx" ON "conditions" USING btree ("last_reviewed");
  CREATE INDEX "conditions_next_review_due_idx" ON "conditions" USING btree ("next_review_due");
  CREATE INDEX "conditions_workflow_status_idx" ON "conditions" USING btree ("workflow_status");
  CREATE INDEX "conditions_review_overdue_idx" ON "conditions" USING btree ("review_overdue");
  CREATE INDEX "conditions_submitted_by_idx" ON "conditions" USING btree ("submitted_by_id");
  CREATE INDEX "conditions_last_edited_by_idx" ON "conditions" USING btree ("last_edited_by_id");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE INDEX "conditions_name_idx" ON "conditions_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "conditions_locales_locale_parent_id_unique" ON "conditions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conditions_texts_order_parent" ON "conditions_texts" USING btree ("order","parent_id");
  CREATE INDEX "conditions_texts_locale_parent" ON "conditions_texts" USING btree ("locale","parent_id");
  CREATE INDEX "conditions_rels_order_idx" ON "conditions_rels" USING btree ("order");
  CREATE INDEX "conditions_rels_parent_idx" ON "conditions_rels" USING btree ("parent_id");
  CREATE INDEX "conditions_rels_path_idx" ON "conditions_rels" USING btree ("path");
  CREATE INDEX "conditions_rels_conditions_id_idx" ON "conditions_rels" USING btree ("conditions_id");
  CREATE INDEX "conditions_rels_contraindications_id_idx" ON "conditions_rels" USING btree ("contraindications_id");
  CREATE INDEX "conditions_rels_citations_id_idx" ON "conditions_rels" USING btree ("citations_id");
  CREATE INDEX "conditions_rels_disclaimers_id_idx" ON "conditions_rels" USING btree ("disclaimers_id");
  CREATE INDEX "_conditions_v_version_workflow_history_order_idx" ON "_conditions_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_workflow_history_parent_id_idx" ON "_conditions_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_workflow_history_by_idx" ON "_conditions_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_version_evidence_level_idx" ON "_conditions_v" USING btree ("version_evidence_level");
  CREATE INDEX "_conditions_v_version_codes_version_codes_icd10_idx" ON "_conditions_v" USING btree ("version_codes_icd10");
  CREATE INDEX "_conditions_v_version_codes_version_codes_snomed_idx" ON "_conditions_v" USING btree ("version_codes_snomed");
  CREATE INDEX "_conditions_v_version_version_reviewer_idx" ON "_conditions_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_conditions_v_version_version_last_reviewed_idx" ON "_conditions_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_conditions_v_version_version_next_review_due_idx" ON "_conditions_v" USING btree ("version_next_review_due");
  CREATE INDEX "_conditions_v_version_version_workflow_status_idx" ON "_conditions_v" USING btree ("version_workflow_status");
  CREATE INDEX "_conditions_v_version_version_review_overdue_idx" ON "_conditions_v" USING btree ("version_review_overdue");
  CREATE INDEX "_conditions_v_version_version_submitted_by_idx" ON "_conditions_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_conditions_v_version_version_last_edited_by_idx" ON "_conditions_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_snapshot_idx" ON "_conditions_v" USING btree ("snapshot");
  CREATE INDEX "_conditions_v_published_locale_idx" ON "_conditions_v" USING btree ("published_locale");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE INDEX "_conditions_v_autosave_idx" ON "_conditions_v" USING btree ("autosave");
  CREATE INDEX "_conditions_v_version_version_name_idx" ON "_conditions_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_conditions_v_locales_locale_parent_id_unique" ON "_conditions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_conditions_v_texts_order_parent" ON "_conditions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_conditions_v_texts_locale_parent" ON "_conditions_v_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_conditions_v_rels_order_idx" ON "_conditions_v_rels" USING btree ("order");
  CREATE INDEX "_conditions_v_rels_parent_idx" ON "_conditions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_rels_path_idx" ON "_conditions_v_rels" USING btree ("path");
  CREATE INDEX "_conditions_v_rels_conditions_id_idx" ON "_conditions_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_conditions_v_rels_contraindications_id_idx" ON "_conditions_v_rels" USING btree ("contraindications_id");
  CREATE INDEX "_conditions_v_rels_citations_id_idx" ON "_conditions_v_rels" USING btree ("citations_id");
  CREATE INDEX "_conditions_v_rels_disclaimers_id_idx" ON "_conditions_v_rels" USING btree ("disclaimers_id");
  CREATE INDEX "contraindications_applies_to_order_idx" ON "contraindications_applies_to" USING btree ("order");
  CREATE INDEX "contraindications_applies_to_parent_idx" ON "contraindications_applies_to" USING btree ("parent_id");
  CREATE INDEX "contraindications_applies_to_value_idx" ON "contraindications_applies_to" USING btree ("value");
  CREATE INDEX "contraindications_workflow_history_order_idx" ON "contraindications_workflow_history" USING btree ("_order");
  CREATE INDEX "contraindications_workflow_history_parent_id_idx" ON "contraindications_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "contraindications_workflow_history_by_idx" ON "contraindications_workflow_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "contraindications_slug_idx" ON "contraindications" USING btree ("slug");
  CREATE INDEX "contraindications_kind_idx" ON "contraindications" USING btree ("kind");
  CREATE INDEX "contraindications_reviewer_idx" ON "contraindications" USING btree ("reviewer_id");
  CREATE INDEX "contraindications_last_reviewed_idx" ON "contraindications" USING btree ("last_reviewed");
  CREATE INDEX "contraindications_next_review_due_idx" ON "contraindications" USING btree ("next_review_due");
  CREATE INDEX "contraindications_workflow_status_idx" ON "contraindications" USING btree ("workflow_status");
  CREATE INDEX "contraindications_review_overdue_idx" ON "contraindications" USING btree ("review_overdue");
  CREATE INDEX "contraindications_submitted_by_idx" ON "contraindications" USING btree ("submitted_by_id");
  CREATE INDEX "contraindications_last_edited_by_idx" ON "contraindications" USING btree ("last_edited_by_id");
  CREATE INDEX "contraindications_updated_at_idx" ON "contraindications" USING btree ("updated_at");
  CREATE INDEX "contraindications_created_at_idx" ON "contraindications" USING btree ("created_at");
  CREATE INDEX "contraindications__status_idx" ON "contraindications" USING btree ("_status");
  CREATE INDEX "contraindications_name_idx" ON "contraindications_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "contraindications_locales_locale_parent_id_unique" ON "contraindications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contraindications_rels_order_idx" ON "contraindications_rels" USING btree ("order");
  CREATE INDEX "contraindications_rels_parent_idx" ON "contraindications_rels" USING btree ("parent_id");
  CREATE INDEX "contraindications_rels_path_idx" ON "contraindications_rels" USING btree ("path");
  CREATE INDEX "contraindications_rels_citations_id_idx" ON "contraindications_rels" USING btree ("citations_id");
  CREATE INDEX "_contraindications_v_version_applies_to_order_idx" ON "_contraindications_v_version_applies_to" USING btree ("order");
  CREATE INDEX "_contraindications_v_version_applies_to_parent_idx" ON "_contraindications_v_version_applies_to" USING btree ("parent_id");
  CREATE INDEX "_contraindications_v_version_applies_to_value_idx" ON "_contraindications_v_version_applies_to" USING btree ("value");
  CREATE INDEX "_contraindications_v_version_workflow_history_order_idx" ON "_contraindications_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_contraindications_v_version_workflow_history_parent_id_idx" ON "_contraindications_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_contraindications_v_version_workflow_history_by_idx" ON "_contraindications_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_contraindications_v_parent_idx" ON "_contraindications_v" USING btree ("parent_id");
  CREATE INDEX "_contraindications_v_version_version_slug_idx" ON "_contraindications_v" USING btree ("version_slug");
  CREATE INDEX "_contraindications_v_version_version_kind_idx" ON "_contraindications_v" USING btree ("version_kind");
  CREATE INDEX "_contraindications_v_version_version_reviewer_idx" ON "_contraindications_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_contraindications_v_version_version_last_reviewed_idx" ON "_contraindications_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_contraindications_v_version_version_next_review_due_idx" ON "_contraindications_v" USING btree ("version_next_review_due");
  CREATE INDEX "_contraindications_v_version_version_workflow_status_idx" ON "_contraindications_v" USING btree ("version_workflow_status");
  CREATE INDEX "_contraindications_v_version_version_review_overdue_idx" ON "_contraindications_v" USING btree ("version_review_overdue");
  CREATE INDEX "_contraindications_v_version_version_submitted_by_idx" ON "_contraindications_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_contraindications_v_version_version_last_edited_by_idx" ON "_contraindications_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_contraindications_v_version_version_updated_at_idx" ON "_contraindications_v" USING btree ("version_updated_at");
  CREATE INDEX "_contraindications_v_version_version_created_at_idx" ON "_contraindications_v" USING btree ("version_created_at");
  CREATE INDEX "_contraindications_v_version_version__status_idx" ON "_contraindications_v" USING btree ("version__status");
  CREATE INDEX "_contraindications_v_created_at_idx" ON "_contraindications_v" USING btree ("created_at");
  CREATE INDEX "_contraindications_v_updated_at_idx" ON "_contraindications_v" USING btree ("updated_at");
  CREATE INDEX "_contraindications_v_snapshot_idx" ON "_contraindications_v" USING btree ("snapshot");
  CREATE INDEX "_contraindications_v_published_locale_idx" ON "_contraindications_v" USING btree ("published_locale");
  CREATE INDEX "_contraindications_v_latest_idx" ON "_contraindications_v" USING btree ("latest");
  CREATE INDEX "_contraindications_v_autosave_idx" ON "_contraindications_v" USING btree ("autosave");
  CREATE INDEX "_contraindications_v_version_version_name_idx" ON "_contraindications_v_locales" USING btree ("version_name","_locale");
  CREATE UNIQUE INDEX "_contraindications_v_locales_locale_parent_id_unique" ON "_contraindications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_contraindications_v_rels_order_idx" ON "_contraindications_v_rels" USING btree ("order");
  CREATE INDEX "_contraindications_v_rels_parent_idx" ON "_contraindications_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contraindications_v_rels_path_idx" ON "_contraindications_v_rels" USING btree ("path");
  CREATE INDEX "_contraindications_v_rels_citations_id_idx" ON "_contraindications_v_rels" USING btree ("citations_id");
  CREATE INDEX "citations_title_idx" ON "citations" USING btree ("title");
  CREATE INDEX "citations_doi_idx" ON "citations" USING btree ("doi");
  CREATE INDEX "citations_pmid_idx" ON "citations" USING btree ("pmid");
  CREATE INDEX "citations_updated_at_idx" ON "citations" USING btree ("updated_at");
  CREATE INDEX "citations_created_at_idx" ON "citations" USING btree ("created_at");
  CREATE INDEX "citations__status_idx" ON "citations" USING btree ("_status");
  CREATE INDEX "_citations_v_parent_idx" ON "_citations_v" USING btree ("parent_id");
  CREATE INDEX "_citations_v_version_version_title_idx" ON "_citations_v" USING btree ("version_title");
  CREATE INDEX "_citations_v_version_version_doi_idx" ON "_citations_v" USING btree ("version_doi");
  CREATE INDEX "_citations_v_version_version_pmid_idx" ON "_citations_v" USING btree ("version_pmid");
  CREATE INDEX "_citations_v_version_version_updated_at_idx" ON "_citations_v" USING btree ("version_updated_at");
  CREATE INDEX "_citations_v_version_version_created_at_idx" ON "_citations_v" USING btree ("version_created_at");
  CREATE INDEX "_citations_v_version_version__status_idx" ON "_citations_v" USING btree ("version__status");
  CREATE INDEX "_citations_v_created_at_idx" ON "_citations_v" USING btree ("created_at");
  CREATE INDEX "_citations_v_updated_at_idx" ON "_citations_v" USING btree ("updated_at");
  CREATE INDEX "_citations_v_snapshot_idx" ON "_citations_v" USING btree ("snapshot");
  CREATE INDEX "_citations_v_published_locale_idx" ON "_citations_v" USING btree ("published_locale");
  CREATE INDEX "_citations_v_latest_idx" ON "_citations_v" USING btree ("latest");
  CREATE INDEX "disclaimers_workflow_history_order_idx" ON "disclaimers_workflow_history" USING btree ("_order");
  CREATE INDEX "disclaimers_workflow_history_parent_id_idx" ON "disclaimers_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "disclaimers_workflow_history_by_idx" ON "disclaimers_workflow_history" USING btree ("by_id");
  CREATE INDEX "disclaimers_required_idx" ON "disclaimers" USING btree ("required");
  CREATE INDEX "disclaimers_scope_idx" ON "disclaimers" USING btree ("scope");
  CREATE INDEX "disclaimers_reviewer_idx" ON "disclaimers" USING btree ("reviewer_id");
  CREATE INDEX "disclaimers_last_reviewed_idx" ON "disclaimers" USING btree ("last_reviewed");
  CREATE INDEX "disclaimers_next_review_due_idx" ON "disclaimers" USING btree ("next_review_due");
  CREATE INDEX "disclaimers_workflow_status_idx" ON "disclaimers" USING btree ("workflow_status");
  CREATE INDEX "disclaimers_review_overdue_idx" ON "disclaimers" USING btree ("review_overdue");
  CREATE INDEX "disclaimers_submitted_by_idx" ON "disclaimers" USING btree ("submitted_by_id");
  CREATE INDEX "disclaimers_last_edited_by_idx" ON "disclaimers" USING btree ("last_edited_by_id");
  CREATE INDEX "disclaimers_updated_at_idx" ON "disclaimers" USING btree ("updated_at");
  CREATE INDEX "disclaimers_created_at_idx" ON "disclaimers" USING btree ("created_at");
  CREATE INDEX "disclaimers__status_idx" ON "disclaimers" USING btree ("_status");
  CREATE UNIQUE INDEX "disclaimers_locales_locale_parent_id_unique" ON "disclaimers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_disclaimers_v_version_workflow_history_order_idx" ON "_disclaimers_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_disclaimers_v_version_workflow_history_parent_id_idx" ON "_disclaimers_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_disclaimers_v_version_workflow_history_by_idx" ON "_disclaimers_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_disclaimers_v_parent_idx" ON "_disclaimers_v" USING btree ("parent_id");
  CREATE INDEX "_disclaimers_v_version_version_required_idx" ON "_disclaimers_v" USING btree ("version_required");
  CREATE INDEX "_disclaimers_v_version_version_scope_idx" ON "_disclaimers_v" USING btree ("version_scope");
  CREATE INDEX "_disclaimers_v_version_version_reviewer_idx" ON "_disclaimers_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_disclaimers_v_version_version_last_reviewed_idx" ON "_disclaimers_v" USING btree ("version_last_reviewed");
  CREATE INDEX "_disclaimers_v_version_version_next_review_due_idx" ON "_disclaimers_v" USING btree ("version_next_review_due");
  CREATE INDEX "_disclaimers_v_version_version_workflow_status_idx" ON "_disclaimers_v" USING btree ("version_workflow_status");
  CREATE INDEX "_disclaimers_v_version_version_review_overdue_idx" ON "_disclaimers_v" USING btree ("version_review_overdue");
  CREATE INDEX "_disclaimers_v_version_version_submitted_by_idx" ON "_disclaimers_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_disclaimers_v_version_version_last_edited_by_idx" ON "_disclaimers_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_disclaimers_v_version_version_updated_at_idx" ON "_disclaimers_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclaimers_v_version_version_created_at_idx" ON "_disclaimers_v" USING btree ("version_created_at");
  CREATE INDEX "_disclaimers_v_version_version__status_idx" ON "_disclaimers_v" USING btree ("version__status");
  CREATE INDEX "_disclaimers_v_created_at_idx" ON "_disclaimers_v" USING btree ("created_at");
  CREATE INDEX "_disclaimers_v_updated_at_idx" ON "_disclaimers_v" USING btree ("updated_at");
  CREATE INDEX "_disclaimers_v_snapshot_idx" ON "_disclaimers_v" USING btree ("snapshot");
  CREATE INDEX "_disclaimers_v_published_locale_idx" ON "_disclaimers_v" USING btree ("published_locale");
  CREATE INDEX "_disclaimers_v_latest_idx" ON "_disclaimers_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_disclaimers_v_locales_locale_parent_id_unique" ON "_disclaimers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_to_idx" ON "redirects" USING btree ("to");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_conditions_id_idx" ON "payload_locked_documents_rels" USING btree ("conditions_id");
  CREATE INDEX "payload_locked_documents_rels_contraindications_id_idx" ON "payload_locked_documents_rels" USING btree ("contraindications_id");
  CREATE INDEX "payload_locked_documents_rels_citations_id_idx" ON "payload_locked_documents_rels" USING btree ("citations_id");
  CREATE INDEX "payload_locked_documents_rels_disclaimers_id_idx" ON "payload_locked_documents_rels" USING btree ("disclaimers_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_crisis_help_lines_order_idx" ON "site_settings_crisis_help_lines" USING btree ("_order");
  CREATE INDEX "site_settings_crisis_help_lines_parent_id_idx" ON "site_settings_crisis_help_lines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_crisis_help_lines_locales_locale_parent_id_uni" ON "site_settings_crisis_help_lines_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_workflow_history" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_workflow_history" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "conditions_workflow_history" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_locales" CASCADE;
  DROP TABLE "conditions_texts" CASCADE;
  DROP TABLE "conditions_rels" CASCADE;
  DROP TABLE "_conditions_v_version_workflow_history" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_locales" CASCADE;
  DROP TABLE "_conditions_v_texts" CASCADE;
  DROP TABLE "_conditions_v_rels" CASCADE;
  DROP TABLE "contraindications_applies_to" CASCADE;
  DROP TABLE "contraindications_workflow_history" CASCADE;
  DROP TABLE "contraindications" CASCADE;
  DROP TABLE "contraindications_locales" CASCADE;
  DROP TABLE "contraindications_rels" CASCADE;
  DROP TABLE "_contraindications_v_version_applies_to" CASCADE;
  DROP TABLE "_contraindications_v_version_workflow_history" CASCADE;
  DROP TABLE "_contraindications_v" CASCADE;
  DROP TABLE "_contraindications_v_locales" CASCADE;
  DROP TABLE "_contraindications_v_rels" CASCADE;
  DROP TABLE "citations" CASCADE;
  DROP TABLE "_citations_v" CASCADE;
  DROP TABLE "disclaimers_workflow_history" CASCADE;
  DROP TABLE "disclaimers" CASCADE;
  DROP TABLE "disclaimers_locales" CASCADE;
  DROP TABLE "_disclaimers_v_version_workflow_history" CASCADE;
  DROP TABLE "_disclaimers_v" CASCADE;
  DROP TABLE "_disclaimers_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_crisis_help_lines" CASCADE;
  DROP TABLE "site_settings_crisis_help_lines_locales" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_workflow_history_from";
  DROP TYPE "public"."enum_articles_workflow_history_to";
  DROP TYPE "public"."enum_articles_audience";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_workflow_history_from";
  DROP TYPE "public"."enum__articles_v_version_workflow_history_to";
  DROP TYPE "public"."enum__articles_v_version_audience";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_conditions_workflow_history_from";
  DROP TYPE "public"."enum_conditions_workflow_history_to";
  DROP TYPE "public"."enum_conditions_evidence_level";
  DROP TYPE "public"."enum_conditions_workflow_status";
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_workflow_history_from";
  DROP TYPE "public"."enum__conditions_v_version_workflow_history_to";
  DROP TYPE "public"."enum__conditions_v_version_evidence_level";
  DROP TYPE "public"."enum__conditions_v_version_workflow_status";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum__conditions_v_published_locale";
  DROP TYPE "public"."enum_contraindications_applies_to";
  DROP TYPE "public"."enum_contraindications_workflow_history_from";
  DROP TYPE "public"."enum_contraindications_workflow_history_to";
  DROP TYPE "public"."enum_contraindications_kind";
  DROP TYPE "public"."enum_contraindications_workflow_status";
  DROP TYPE "public"."enum_contraindications_status";
  DROP TYPE "public"."enum__contraindications_v_version_applies_to";
  DROP TYPE "public"."enum__contraindications_v_version_workflow_history_from";
  DROP TYPE "public"."enum__contraindications_v_version_workflow_history_to";
  DROP TYPE "public"."enum__contraindications_v_version_kind";
  DROP TYPE "public"."enum__contraindications_v_version_workflow_status";
  DROP TYPE "public"."enum__contraindications_v_version_status";
  DROP TYPE "public"."enum__contraindications_v_published_locale";
  DROP TYPE "public"."enum_citations_type";
  DROP TYPE "public"."enum_citations_status";
  DROP TYPE "public"."enum__citations_v_version_type";
  DROP TYPE "public"."enum__citations_v_version_status";
  DROP TYPE "public"."enum__citations_v_published_locale";
  DROP TYPE "public"."enum_disclaimers_workflow_history_from";
  DROP TYPE "public"."enum_disclaimers_workflow_history_to";
  DROP TYPE "public"."enum_disclaimers_kind";
  DROP TYPE "public"."enum_disclaimers_scope";
  DROP TYPE "public"."enum_disclaimers_workflow_status";
  DROP TYPE "public"."enum_disclaimers_status";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_history_from";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_history_to";
  DROP TYPE "public"."enum__disclaimers_v_version_kind";
  DROP TYPE "public"."enum__disclaimers_v_version_scope";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_status";
  DROP TYPE "public"."enum__disclaimers_v_version_status";
  DROP TYPE "public"."enum__disclaimers_v_published_locale";
  DROP TYPE "public"."enum_redirects_reason";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
