-- CreateTable
CREATE TABLE "EventActorCount" (
    "actorId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventActorCount_pkey" PRIMARY KEY ("actorId")
);

-- CreateTable
CREATE TABLE "EventCountryCount" (
    "countryCode" CHAR(2) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventCountryCount_pkey" PRIMARY KEY ("countryCode")
);

-- Hand-written (Prisma has no syntax for triggers; its diff ignores them, so no drift):
-- per-actor and per-country event counts kept in step with the link tables by every writer.
CREATE FUNCTION "sijill_count_event_actor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "EventActorCount" SET "count" = "count" - 1 WHERE "actorId" = OLD."actorId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "EventActorCount" ("actorId", "count") VALUES (NEW."actorId", 1)
    ON CONFLICT ("actorId") DO UPDATE SET "count" = "EventActorCount"."count" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "EventActor_count" AFTER INSERT OR DELETE OR UPDATE OF "actorId" ON "EventActor"
  FOR EACH ROW EXECUTE FUNCTION "sijill_count_event_actor"();

CREATE FUNCTION "sijill_count_event_country"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "EventCountryCount" SET "count" = "count" - 1 WHERE "countryCode" = OLD."countryCode";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "EventCountryCount" ("countryCode", "count") VALUES (NEW."countryCode", 1)
    ON CONFLICT ("countryCode") DO UPDATE SET "count" = "EventCountryCount"."count" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "EventCountry_count" AFTER INSERT OR DELETE OR UPDATE OF "countryCode" ON "EventCountry"
  FOR EACH ROW EXECUTE FUNCTION "sijill_count_event_country"();

-- Counts for the rows already there.
INSERT INTO "EventActorCount" ("actorId", "count") SELECT "actorId", count(*) FROM "EventActor" GROUP BY 1;
INSERT INTO "EventCountryCount" ("countryCode", "count") SELECT "countryCode", count(*) FROM "EventCountry" GROUP BY 1;
