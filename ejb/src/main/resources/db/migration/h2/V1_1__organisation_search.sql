-- H2 has no trigram indexes: the address book's name search uses ix_org_person_name and
-- scans otherwise, which is fine for the test and demo data H2 holds. This migration exists
-- so that version 1.1 is the same on every database.
SELECT 1;
