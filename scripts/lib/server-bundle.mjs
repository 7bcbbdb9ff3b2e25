// Where `npm run build` puts the compiled launcher (scripts/build-server.mjs) and `npm start` runs it from.
export const SERVER_BUNDLE = ".next/bookclub-server.cjs";
