-- The admin search matches substrings of the search text (LIKE '%…%'): a trigram index reads the matches
-- instead of every member. pg_trgm ships with PostgreSQL and is a trusted extension (a database owner may
-- create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "User_searchText_idx" ON "User" USING GIN ("searchText" gin_trgm_ops);
