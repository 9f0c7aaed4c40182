-- AlterTable
ALTER TABLE "actors" ADD COLUMN     "edited_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "actor_edits" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "editor_id" UUID,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_edits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_key" TEXT NOT NULL,
    "country_code" VARCHAR(8),
    "actor_id" UUID,
    "kind" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "previous_period" TEXT,
    "position" TEXT NOT NULL,
    "previous_position" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "previous_score" DOUBLE PRECISION,
    "statements" INTEGER NOT NULL,
    "evidence_after" UUID[] DEFAULT ARRAY[]::UUID[],
    "evidence_before" UUID[] DEFAULT ARRAY[]::UUID[],
    "read_at" TIMESTAMP(3),
    "webhook_status" TEXT,
    "webhook_attempts" INTEGER NOT NULL DEFAULT 0,
    "webhook_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "token_hash" TEXT NOT NULL,
    "label" TEXT,
    "last_used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feed_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "actor_edits_actor_id_created_at_idx" ON "actor_edits"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "alerts_topic_id_created_at_idx" ON "alerts"("topic_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "alerts_topic_id_subject_key_period_key" ON "alerts"("topic_id", "subject_key", "period");

-- CreateIndex
CREATE UNIQUE INDEX "feed_tokens_token_hash_key" ON "feed_tokens"("token_hash");

-- AddForeignKey
ALTER TABLE "actor_edits" ADD CONSTRAINT "actor_edits_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_edits" ADD CONSTRAINT "actor_edits_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_tokens" ADD CONSTRAINT "feed_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
