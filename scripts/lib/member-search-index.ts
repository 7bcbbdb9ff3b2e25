import type Database from "better-sqlite3";

const TRIGGERS = ["User_search_insert", "User_search_delete", "User_search_update"];
/** The members still without a search text (normally none), so the housekeeping that fills it reads no other. */
const MISSING = "User_searchText_missing";

/**
 * SQLite: the admin's member search reads a trigram full-text index of User.searchText (FTS5), kept by
 * triggers, instead of scanning every member. Not a Prisma migration: Prisma cannot describe a virtual table
 * (it would drop it as drift), and a migration that rebuilds User drops the triggers with the old table; so
 * every start checks, and makes the index again when it is missing or incomplete. The same holds for the
 * partial index of members without a search text (Prisma 6 cannot describe a partial index either).
 */
export function ensureMemberSearchIndex(sqlite: Database.Database): boolean {
  const ensure = sqlite.transaction(() => {
    const names = new Set(
      (
        sqlite
          .prepare(`SELECT name FROM sqlite_master WHERE name IN ('MemberSearch', ?) OR type = 'trigger'`)
          .all(MISSING) as { name: string }[]
      ).map((row) => row.name),
    );
    if (!names.has(MISSING)) sqlite.exec(`CREATE INDEX "${MISSING}" ON "User"("id") WHERE "searchText" = ''`);
    if (names.has("MemberSearch") && TRIGGERS.every((name) => names.has(name))) return !names.has(MISSING);
    for (const name of TRIGGERS) sqlite.exec(`DROP TRIGGER IF EXISTS "${name}"`);
    sqlite.exec(`
      DROP TABLE IF EXISTS "MemberSearch";
      CREATE VIRTUAL TABLE "MemberSearch" USING fts5(
        "searchText", content = 'User', content_rowid = 'rowid', tokenize = 'trigram'
      );
      INSERT INTO "MemberSearch"("MemberSearch") VALUES ('rebuild');
      CREATE TRIGGER "User_search_insert" AFTER INSERT ON "User" BEGIN
        INSERT INTO "MemberSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
      END;
      CREATE TRIGGER "User_search_delete" AFTER DELETE ON "User" BEGIN
        INSERT INTO "MemberSearch"("MemberSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
      END;
      CREATE TRIGGER "User_search_update" AFTER UPDATE OF "searchText" ON "User" BEGIN
        INSERT INTO "MemberSearch"("MemberSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
        INSERT INTO "MemberSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
      END;
    `);
    return true;
  });
  return ensure.immediate();
}
