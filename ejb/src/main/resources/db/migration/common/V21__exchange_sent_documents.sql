-- One row per distributed document (发文跟踪), so that a unit's sent list does not read every package.
CREATE TABLE exchange_sent_document (
    document_id     uuid PRIMARY KEY,
    sender_unit_id  uuid NOT NULL,
    document_number varchar(100),
    title           varchar(500) NOT NULL,
    distributed_at  timestamp with time zone NOT NULL
);
CREATE INDEX exchange_sent_document_sender ON exchange_sent_document (sender_unit_id, distributed_at);

INSERT INTO exchange_sent_document (document_id, sender_unit_id, document_number, title, distributed_at)
SELECT document_id, sender_unit_id, max(document_number), max(title), min(queued_at)
FROM exchange_package GROUP BY document_id, sender_unit_id;

-- The per-state counts of one document's packages, read without visiting the rows.
CREATE INDEX exchange_package_state ON exchange_package (document_id, state);

-- Packages arriving are looked up by their ids (a transfer's 200 at once) to find duplicates. A package id
-- is a random UUID: unique on its own, and known to be so, the lookup is planned as an index scan even on
-- a table that has never been analysed (the unique key above leads with the sender's credit code). An id
-- another unit already used is refused as a replay or forgery before it gets here.
CREATE UNIQUE INDEX exchange_incoming_package ON exchange_incoming (package_id);
