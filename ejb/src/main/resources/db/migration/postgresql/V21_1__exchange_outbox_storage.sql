-- PostgreSQL only: an outbox row lives for a moment (written with the distribution, deleted once the
-- broker has it) and carries up to 200 signed packages. Compressing that payload on the way in (pglz,
-- the default for large values) costs CPU for nothing; it is stored out of line as it is.
ALTER TABLE exchange_outbox ALTER COLUMN payload SET STORAGE EXTERNAL;
