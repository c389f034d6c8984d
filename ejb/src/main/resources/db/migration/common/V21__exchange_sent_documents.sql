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


-- Packages arriving are looked up by their ids (a transfer's 200 at once) to find duplicates. A package id
-- is a random UUID: unique on its own, and known to be so, the lookup is planned as an index scan even on
-- a table that has never been analysed (the unique key above leads with the sender's credit code). An id
-- another unit already used is refused as a replay or forgery before it gets here.
CREATE UNIQUE INDEX exchange_incoming_package ON exchange_incoming (package_id);

-- The sender's counts per state, as changes (SentCountChange): summed per document when the sent list is
-- read, so a look at a document sent to 18,000 units reads a few hundred small rows, not 18,000 packages.
CREATE TABLE exchange_sent_count_change (
    id          uuid PRIMARY KEY,
    document_id uuid NOT NULL,
    state       varchar(16) NOT NULL,
    delta       integer NOT NULL,
    changed_at  timestamp with time zone NOT NULL
);
CREATE INDEX exchange_sent_count_change_document ON exchange_sent_count_change (document_id, state);
-- (filled from the packages already sent by V21_2, which each database words its own way)

-- Certificate chains kept once each in the blob store, named by their SM3 on the package rows (a fan-out's
-- packages share their sender's chain); rows written before keep the chain they hold.
ALTER TABLE exchange_package ADD COLUMN chain_sm3 varchar(64);
ALTER TABLE exchange_package ALTER COLUMN certificate_chain DROP NOT NULL;
ALTER TABLE exchange_incoming ADD COLUMN chain_sm3 varchar(64);
ALTER TABLE exchange_incoming ALTER COLUMN certificate_chain DROP NOT NULL;
