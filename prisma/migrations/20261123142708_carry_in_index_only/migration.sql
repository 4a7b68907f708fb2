-- DropIndex
DROP INDEX "Event_hasEnd_endDate_startDate_idx";

-- DropIndex
DROP INDEX "Event_precision_hasEnd_startDate_idx";

-- CreateIndex
CREATE INDEX "Event_precision_hasEnd_startDate_id_idx" ON "Event"("precision", "hasEnd", "startDate", "id");

-- CreateIndex
CREATE INDEX "Event_hasEnd_endDate_startDate_id_idx" ON "Event"("hasEnd", "endDate", "startDate", "id");
