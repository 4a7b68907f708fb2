-- CreateExtension (hand-kept: needed by the gin_trgm_ops indexes; see schema.prisma)
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "EventActor_actorId_startDate_idx";

-- DropIndex
DROP INDEX "EventCountry_countryCode_startDate_idx";

-- CreateTable
CREATE TABLE "EventDayCount" (
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventDayCount_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "EventCountryDayCount" (
    "countryCode" CHAR(2) NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventCountryDayCount_pkey" PRIMARY KEY ("countryCode","day")
);

-- CreateIndex
CREATE INDEX "Article_searchText_idx" ON "Article" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_precision_hasEnd_startDate_idx" ON "Event"("precision", "hasEnd", "startDate");

-- CreateIndex
CREATE INDEX "Event_hasEnd_endDate_startDate_idx" ON "Event"("hasEnd", "endDate", "startDate");

-- CreateIndex
CREATE INDEX "Event_searchText_idx" ON "Event" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EventActor_actorId_startDate_eventId_idx" ON "EventActor"("actorId", "startDate", "eventId");

-- CreateIndex
CREATE INDEX "EventCountry_countryCode_startDate_eventId_idx" ON "EventCountry"("countryCode", "startDate", "eventId");

-- Hand-written (Prisma has no syntax for triggers; its diff ignores them, so no drift):
-- per-day event counts kept in step with "Event" and "EventCountry" by every writer.
CREATE FUNCTION "sijill_count_event_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "EventDayCount" SET "count" = "count" - 1 WHERE "day" = OLD."startDate";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "EventDayCount" ("day", "count") VALUES (NEW."startDate", 1)
    ON CONFLICT ("day") DO UPDATE SET "count" = "EventDayCount"."count" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Event_day_count" AFTER INSERT OR DELETE OR UPDATE OF "startDate" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "sijill_count_event_day"();

CREATE FUNCTION "sijill_count_event_country_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "EventCountryDayCount" SET "count" = "count" - 1
    WHERE "countryCode" = OLD."countryCode" AND "day" = OLD."startDate";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "EventCountryDayCount" ("countryCode", "day", "count") VALUES (NEW."countryCode", NEW."startDate", 1)
    ON CONFLICT ("countryCode", "day") DO UPDATE SET "count" = "EventCountryDayCount"."count" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "EventCountry_day_count" AFTER INSERT OR DELETE OR UPDATE OF "startDate", "countryCode" ON "EventCountry"
  FOR EACH ROW EXECUTE FUNCTION "sijill_count_event_country_day"();

-- Counts for the rows already there.
INSERT INTO "EventDayCount" ("day", "count") SELECT "startDate", count(*) FROM "Event" GROUP BY 1;
INSERT INTO "EventCountryDayCount" ("countryCode", "day", "count")
  SELECT "countryCode", "startDate", count(*) FROM "EventCountry" GROUP BY 1, 2;
