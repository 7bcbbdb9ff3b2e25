import { missingDocPaths } from "./lib/doc-paths";

// Fails when README.md or a document under docs/ names a repository path that does not exist.
const missing = missingDocPaths(process.cwd());
for (const { document, path } of missing) console.error(`${document} names ${path}, which does not exist`);
if (missing.length > 0) process.exit(1);
console.log("Document paths OK: every repository path named in README.md and docs/ exists.");
