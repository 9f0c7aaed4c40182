-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('feed', 'page', 'folder', 'upload');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year', 'unknown');

-- CreateEnum
CREATE TYPE "actor_type" AS ENUM ('country', 'government_body', 'official', 'company', 'organization', 'think_tank', 'person');

-- CreateEnum
CREATE TYPE "stance" AS ENUM ('support', 'oppose', 'neutral');

-- CreateEnum
CREATE TYPE "ingest_run_status" AS ENUM ('running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('admin', 'analyst', 'viewer');

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "kind" "source_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "schedule" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "last_modified" TEXT,
    "last_run_at" TIMESTAMP(3),
    "last_success_at" TIMESTAMP(3),
    "last_error" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seen_items" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "item_key" TEXT NOT NULL,
    "fingerprint" TEXT,
    "document_id" UUID,
    "seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seen_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "source_id" UUID,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "canonical_url" TEXT,
    "content_hash" TEXT NOT NULL,
    "simhash" BIGINT,
    "text" TEXT NOT NULL,
    "site_name" TEXT,
    "author" TEXT,
    "language" TEXT,
    "media_type" TEXT,
    "published_at" DATE,
    "date_precision" "date_precision" NOT NULL DEFAULT 'unknown',
    "date_source" TEXT,
    "part_index" INTEGER NOT NULL DEFAULT 0,
    "extractor_version" TEXT,
    "labeler_version" TEXT,
    "labeled_at" TIMESTAMP(3),
    "fetched_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_urls" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "source_id" UUID,
    "url" TEXT NOT NULL,
    "seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_urls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "actor_type" NOT NULL,
    "country_code" VARCHAR(8),
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "curated" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topics" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "definition" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "stance" "stance" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidence_start" INTEGER NOT NULL,
    "evidence_end" INTEGER NOT NULL,
    "evidence_all" JSONB NOT NULL DEFAULT '[]',
    "country_code" VARCHAR(8),
    "statement_date" DATE,
    "date_precision" "date_precision" NOT NULL DEFAULT 'unknown',
    "labeler_version" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "reviewer_id" UUID,
    "stance" "stance",
    "score" DOUBLE PRECISION,
    "country_code" VARCHAR(8),
    "rejected" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_runs" (
    "id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" "ingest_run_status" NOT NULL DEFAULT 'running',
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "sources" INTEGER NOT NULL DEFAULT 0,
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ingest_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'analyst',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sources_location_key" ON "sources"("location");

-- CreateIndex
CREATE UNIQUE INDEX "seen_items_source_id_item_key_key" ON "seen_items"("source_id", "item_key");

-- CreateIndex
CREATE UNIQUE INDEX "documents_canonical_url_key" ON "documents"("canonical_url");

-- CreateIndex
CREATE UNIQUE INDEX "documents_content_hash_key" ON "documents"("content_hash");

-- CreateIndex
CREATE INDEX "documents_published_at_idx" ON "documents"("published_at");

-- CreateIndex
CREATE INDEX "documents_simhash_idx" ON "documents"("simhash");

-- CreateIndex
CREATE INDEX "documents_labeler_version_idx" ON "documents"("labeler_version");

-- CreateIndex
CREATE UNIQUE INDEX "document_urls_url_key" ON "document_urls"("url");

-- CreateIndex
CREATE INDEX "document_urls_document_id_idx" ON "document_urls"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "actors_key_key" ON "actors"("key");

-- CreateIndex
CREATE INDEX "actors_country_code_idx" ON "actors"("country_code");

-- CreateIndex
CREATE INDEX "actors_type_idx" ON "actors"("type");

-- CreateIndex
CREATE UNIQUE INDEX "topics_slug_key" ON "topics"("slug");

-- CreateIndex
CREATE INDEX "statements_country_code_statement_date_idx" ON "statements"("country_code", "statement_date");

-- CreateIndex
CREATE INDEX "statements_topic_id_statement_date_idx" ON "statements"("topic_id", "statement_date");

-- CreateIndex
CREATE INDEX "statements_actor_id_idx" ON "statements"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "statements_document_id_actor_id_topic_id_key" ON "statements"("document_id", "actor_id", "topic_id");

-- CreateIndex
CREATE INDEX "reviews_statement_id_created_at_idx" ON "reviews"("statement_id", "created_at");

-- CreateIndex
CREATE INDEX "ingest_runs_started_at_idx" ON "ingest_runs"("started_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seen_items" ADD CONSTRAINT "seen_items_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seen_items" ADD CONSTRAINT "seen_items_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_urls" ADD CONSTRAINT "document_urls_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_urls" ADD CONSTRAINT "document_urls_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
