import { createHmac, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { searchTextOf } from "../../lib/members/search-text";

const FIRST = ["Ada", "Zoë", "Bram", "Chidi", "Mei", "Olu", "Saanvi", "Tomás", "Ingrid", "Yusuf"];
const LAST = ["Lovelace", "Okafor", "Nakamura", "Fernández", "Kowalski", "Haddad", "Lindqvist", "Osei"];
const INTERESTS = ["seed_true_crime", "seed_romance", "seed_biographies"];
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** Inserts `count` confirmed members (names, newsletter, interests, joined over the last two years). */
export function seedMembers(file: string, count: number) {
  const db = new Database(file);
  const now = Date.now();
  const user = db.prepare(
    `INSERT INTO User (id, email, emailVerified, firstName, lastName, newsletter, searchText, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const interest = db.prepare(`INSERT INTO MemberInterest (userId, interestId, createdAt) VALUES (?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const id = `seed${String(i).padStart(7, "0")}`;
      const email = `reader${i}@seed.bench`;
      const [firstName, lastName] = [FIRST[i % FIRST.length]!, `${LAST[i % LAST.length]!} ${i}`];
      const joined = iso(now - ((i * 7919) % (730 * 24 * 3600)) * 1000);
      user.run(
        id,
        email,
        joined,
        firstName,
        lastName,
        i % 2,
        searchTextOf({ email, firstName, lastName }),
        joined,
        joined,
      );
      for (let k = 0; k < INTERESTS.length; k += 1)
        if ((i + k) % 3 !== 0) interest.run(id, INTERESTS[k], joined);
    }
  })();
  db.close();
}

/** A database session for a new confirmed member (or an existing `email`): the cookie's value. */
export function sessionFor(file: string, email: string, secret: string): string {
  const db = new Database(file);
  const token = randomBytes(32).toString("base64url");
  const id = `bench${randomBytes(8).toString("hex")}`;
  const now = iso(Date.now());
  db.prepare(
    `INSERT INTO User (id, email, emailVerified, firstName, lastName, newsletter, searchText, createdAt, updatedAt)
     VALUES (?, ?, ?, 'Bench', 'Reader', 1, ?, ?, ?) ON CONFLICT(email) DO NOTHING`,
  ).run(id, email, now, searchTextOf({ email, firstName: "Bench", lastName: "Reader" }), now, now);
  const { id: userId } = db.prepare(`SELECT id FROM User WHERE email = ?`).get(email) as { id: string };
  db.prepare(`INSERT INTO Session (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`).run(
    `s${randomBytes(8).toString("hex")}`,
    createHmac("sha256", secret).update(`token:${token}`).digest("hex"),
    userId,
    iso(Date.now() + 24 * 3600 * 1000),
  );
  db.close();
  return token;
}
