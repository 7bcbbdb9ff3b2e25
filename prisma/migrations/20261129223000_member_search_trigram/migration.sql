-- PostgreSQL only (its trigram index of the search text); SQLite's search reads its full-text table.
SELECT 1;
