-- Sign-in: one account per person who may sign in (people loaded for benchmarks have none).
CREATE TABLE account (
    person_id        uuid PRIMARY KEY,
    password_hash    varchar(200) NOT NULL,
    failed_attempts  integer NOT NULL DEFAULT 0,
    locked_until     timestamp with time zone,
    password_changed timestamp with time zone NOT NULL,
    created          timestamp with time zone NOT NULL
);

-- Browser sessions and API bearer tokens. Only the SHA-256 of a token is stored.
CREATE TABLE sign_in_session (
    token_hash   varchar(64) PRIMARY KEY,
    person_id    uuid NOT NULL,
    kind         varchar(16) NOT NULL,
    created      timestamp with time zone NOT NULL,
    expires      timestamp with time zone NOT NULL,
    last_seen    timestamp with time zone NOT NULL,
    ended        timestamp with time zone,
    client       varchar(200)
);
CREATE INDEX sign_in_session_person ON sign_in_session (person_id);

-- The append-only audit log (全面留痕). Each entry's hash is SM3(previous hash || entry), so a
-- deleted, inserted or altered entry breaks the chain from that point on.
CREATE TABLE audit_entry (
    seq          bigint PRIMARY KEY,
    at           timestamp with time zone NOT NULL,
    actor_id     uuid,
    actor_name   varchar(100),
    unit_id      uuid,
    action       varchar(64) NOT NULL,
    subject_type varchar(64),
    subject_id   varchar(100),
    detail       varchar(2000),
    client       varchar(200),
    prev_hash    varchar(64) NOT NULL,
    hash         varchar(64) NOT NULL
);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, at);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id);

-- The head of the audit chain: appending locks this row, so entries get gap-free sequence
-- numbers in commit order and each links to the one before.
CREATE TABLE audit_head (
    id   integer PRIMARY KEY,
    seq  bigint NOT NULL,
    hash varchar(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
