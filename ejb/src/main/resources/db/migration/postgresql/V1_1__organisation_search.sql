-- PostgreSQL only: trigram index so that the address book's substring search on names
-- (name LIKE '%…%') does not scan every person at city scale.
-- Note: a trigram needs three characters; one- and two-character searches (most Chinese
-- given names) fall back to the planner's choice, which at city scale is a fast scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_org_person_name_trgm ON org_person USING gin (name gin_trgm_ops);
CREATE INDEX ix_org_unit_name_trgm ON org_unit USING gin (name gin_trgm_ops);
