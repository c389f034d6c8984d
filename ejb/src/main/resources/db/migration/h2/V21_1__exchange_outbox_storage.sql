-- H2 has no storage settings per column; this migration exists so that version 21.1 is the same on
-- every database (see db/migration/postgresql).
SELECT 1;
