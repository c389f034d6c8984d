-- The counts of the documents distributed before V21, as one change per document and state.
INSERT INTO exchange_sent_count_change (id, document_id, state, delta, changed_at)
SELECT RANDOM_UUID(), document_id, state, count(*), min(queued_at)
FROM exchange_package GROUP BY document_id, state;
