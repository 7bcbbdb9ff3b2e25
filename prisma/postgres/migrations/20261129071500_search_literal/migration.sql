-- The search text holds % and _ as private-use characters (U+E025, U+E05F), so that LIKE matches them literally.
UPDATE "User" SET "searchText" = replace(replace("searchText", '%', chr(57381)), '_', chr(57439));
