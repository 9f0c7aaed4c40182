-- CreateEnum
CREATE TYPE "position_status" AS ENUM ('ban_with_deadline', 'partial_restriction', 'legal_basis_not_applied', 'under_review', 'no_restriction', 'active_partnership', 'unknown');

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "status" "position_status" NOT NULL DEFAULT 'unknown';

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "actor_id" UUID,
ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB,
ADD COLUMN     "confirmed" BOOLEAN NOT NULL DEFAULT false;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;
