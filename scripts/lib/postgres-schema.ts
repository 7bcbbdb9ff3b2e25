/**
 * The PostgreSQL schema, derived from prisma/schema.prisma (the one people edit): the same models, with the
 * datasource provider, its placeholder URL and the client's output folder replaced, and the search's trigram
 * index (a PostgreSQL index type, in place of a comment that marks where it goes). Fails when one of them
 * is not where it is expected, rather than derive a wrong schema.
 */
export function postgresSchemaOf(sqliteSchema: string): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    [/^(\s*url\s*=\s*)"file:[^"]*"/m, '$1"postgresql://localhost/bookclub"'],
    [/^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m, '$1"../../lib/generated/prisma-pg"'],
    [
      /^(\s*)\/\/ PostgreSQL: the admin search's trigram index of searchText .*\n.*\n/m,
      '$1@@index([searchText(ops: raw("gin_trgm_ops"))], type: Gin)\n',
    ],
  ];
  let schema = sqliteSchema;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma has no line matching ${pattern}`);
    schema = schema.replace(pattern, replacement);
  }
  return `// Generated from prisma/schema.prisma by \`npm run db:schema:postgres\`: edit that file, not this one.\n${schema}`;
}

export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
export const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";
