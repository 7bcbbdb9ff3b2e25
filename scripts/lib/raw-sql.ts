import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Where raw SQL may be written: the domain folders of lib/, behind named functions, and the database's health
 * check. Never app/, components/ or lib/data/.
 */
export const RAW_SQL_HOMES =
  /^lib\/((members|interests|member-import|sync|email|auth|audit|outbox|queue|club)\/|db-health\.ts$)/;

const RAW_SQL_CALL = /^\$(queryRaw|executeRaw)(Unsafe|Typed)?$/;

export interface RawSqlUse {
  file: string;
  line: number;
  call: string;
}

/** Every use of Prisma's raw SQL calls ($queryRaw, $executeRaw and their variants) outside `homes`. */
export function findRawSql(rootDir: string, files: string[], homes: RegExp = RAW_SQL_HOMES): RawSqlUse[] {
  return files
    .filter((file) => !homes.test(file))
    .flatMap((file) => {
      const text = fs.readFileSync(path.join(rootDir, file), "utf8");
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const uses: RawSqlUse[] = [];
      const visit = (node: ts.Node) => {
        const name = ts.isIdentifier(node)
          ? node.text
          : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
            ? node.argumentExpression.text
            : null;
        if (name !== null && RAW_SQL_CALL.test(name)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          uses.push({ file, line, call: name });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return uses;
    });
}
