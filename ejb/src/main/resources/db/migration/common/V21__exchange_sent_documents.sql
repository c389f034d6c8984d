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
