-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "DateCertainty" AS ENUM ('stated', 'inferred', 'unknown');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organisation');

-- CreateEnum
CREATE TYPE "Origin" AS ENUM ('ingest', 'synth');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "agency" TEXT,
    "url" TEXT,
    "body" TEXT NOT NULL,
    "keywords" TEXT[],
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision",
    "publishedCertainty" "DateCertainty" NOT NULL DEFAULT 'unknown',
    "publishedPhrase" TEXT,
    "sourceFile" TEXT,
    "parentId" INTEGER,
    "contentHash" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'ingest',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "hasEnd" BOOLEAN NOT NULL DEFAULT false,
    "precision" "DatePrecision" NOT NULL,
    "certainty" "DateCertainty" NOT NULL,
    "datePhrase" TEXT NOT NULL,
    "place" TEXT,
    "summary" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'ingest',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "countryCode" TEXT,
    "variants" TEXT[],
    "matchKeys" TEXT[],
    "role" TEXT,
    "origin" "Origin" NOT NULL DEFAULT 'ingest',

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "variants" TEXT[],

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","articleId","evidenceStart")
);

-- CreateTable
CREATE TABLE "EventActor" (
    "eventId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,

    CONSTRAINT "EventActor_pkey" PRIMARY KEY ("eventId","actorId")
);

-- CreateTable
CREATE TABLE "EventCountry" (
    "eventId" INTEGER NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "startDate" DATE NOT NULL,

    CONSTRAINT "EventCountry_pkey" PRIMARY KEY ("eventId","countryCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_parentId_idx" ON "Article"("parentId");

-- CreateIndex
CREATE INDEX "Event_startDate_id_idx" ON "Event"("startDate", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_name_key" ON "Actor"("name");

-- CreateIndex
CREATE INDEX "Actor_countryCode_idx" ON "Actor"("countryCode");

-- CreateIndex
CREATE INDEX "EventSource_articleId_idx" ON "EventSource"("articleId");

-- CreateIndex
CREATE INDEX "EventActor_actorId_startDate_idx" ON "EventActor"("actorId", "startDate");

-- CreateIndex
CREATE INDEX "EventCountry_countryCode_startDate_idx" ON "EventCountry"("countryCode", "startDate");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
