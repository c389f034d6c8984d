-- PostgreSQL only: trigram index so that the address book's substring search on names
-- (name LIKE '%…%') does not scan every person at city scale.
-- Note: a trigram needs three characters; one- and two-character searches (most Chinese
-- given names) fall back to the planner's choice, which at city scale is a fast scan.
-- The extension lives in the database's public schema (extensions are per database, and Xietong
-- may be one of several schemas there), so the operator class is named with its schema.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX ix_org_person_name_trgm ON org_person USING gin (name public.gin_trgm_ops);
CREATE INDEX ix_org_unit_name_trgm ON org_unit USING gin (name public.gin_trgm_ops);
