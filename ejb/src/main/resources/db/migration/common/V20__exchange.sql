-- The exchange between units and platforms (公文交换). See docs/exchange.md.

-- Files that travel in packages, kept once by the SM3 computed over their bytes.
CREATE TABLE exchange_blob (
    sm3         varchar(64) PRIMARY KEY,
    size_bytes  bigint NOT NULL,
    content     bytea NOT NULL,
    created_at  timestamp with time zone NOT NULL
);

-- Sender side: one package per addressee unit, with its state and the times of each state.
CREATE TABLE exchange_package (
    id              uuid PRIMARY KEY,
    document_id     uuid NOT NULL,
    sender_unit_id  uuid NOT NULL,
    sender_uscc     varchar(18) NOT NULL,
    addressee_uscc  varchar(18) NOT NULL,
    addressee_name  varchar(200) NOT NULL,
    addressee_role  varchar(8) NOT NULL,
    platform_code   varchar(64) NOT NULL,
    document_number varchar(100),
    title           varchar(500) NOT NULL,
    manifest        bytea NOT NULL,
    signature       bytea NOT NULL,
    certificate_chain bytea NOT NULL,
    package_digest  varchar(64) NOT NULL,
    transfer_id     uuid,
    state           varchar(16) NOT NULL,
    distributed_by  uuid NOT NULL,
    queued_at       timestamp with time zone NOT NULL,
    sent_at         timestamp with time zone,
    delivered_at    timestamp with time zone,
    accepted_at     timestamp with time zone,
    accepted_by     varchar(50),
    returned_at     timestamp with time zone,
    recalled_at     timestamp with time zone,
    failed_at       timestamp with time zone,
    reason          varchar(1000),
    urged_at        timestamp with time zone,
    urge_count      integer NOT NULL DEFAULT 0,
    version         integer NOT NULL DEFAULT 0
);
CREATE INDEX exchange_package_document ON exchange_package (document_id, addressee_uscc);
CREATE INDEX exchange_package_sender ON exchange_package (sender_unit_id, queued_at);
CREATE INDEX exchange_package_transfer ON exchange_package (transfer_id);

-- Messages written in the business transaction and sent to JMS after it commits (transactional outbox).
CREATE TABLE exchange_outbox (
    id             uuid PRIMARY KEY,
    platform_code  varchar(64) NOT NULL,
    payload        bytea NOT NULL,
    item_count     integer NOT NULL,
    created_at     timestamp with time zone NOT NULL
);
CREATE INDEX exchange_outbox_order ON exchange_outbox (created_at);

-- Receiving side: the inbox (收文箱). One entry per (sending unit, package id), whatever is redelivered.
CREATE TABLE exchange_incoming (
    id               uuid PRIMARY KEY,
    package_id       uuid NOT NULL,
    sender_uscc      varchar(18) NOT NULL,
    sender_name      varchar(200) NOT NULL,
    from_platform    varchar(64) NOT NULL,
    unit_id          uuid NOT NULL,
    addressee_role   varchar(8) NOT NULL,
    document_number  varchar(100),
    title            varchar(500) NOT NULL,
    kind             varchar(8) NOT NULL,
    urgency          varchar(8),
    document_date    date,
    manifest         bytea NOT NULL,
    signature        bytea NOT NULL,
    certificate_chain bytea NOT NULL,
    package_digest   varchar(64) NOT NULL,
    state            varchar(16) NOT NULL,
    received_at      timestamp with time zone NOT NULL,
    accepted_at      timestamp with time zone,
    accepted_by      varchar(50),
    returned_at      timestamp with time zone,
    returned_by      varchar(50),
    return_reason    varchar(1000),
    recalled_at      timestamp with time zone,
    recall_reason    varchar(1000),
    urged_at         timestamp with time zone,
    urge_count       integer NOT NULL DEFAULT 0,
    urge_message     varchar(500),
    receipt_xml      bytea,
    receipt_signature bytea,
    version          integer NOT NULL DEFAULT 0,
    CONSTRAINT exchange_incoming_once UNIQUE (sender_uscc, package_id)
);
CREATE INDEX exchange_incoming_unit ON exchange_incoming (unit_id, state, received_at);

-- Packages refused by verification, with the reason (shown to administrators, never silently dropped).
CREATE TABLE exchange_rejection (
    id              uuid PRIMARY KEY,
    package_id      uuid,
    sender_uscc     varchar(18),
    sender_name     varchar(200),
    addressee_uscc  varchar(18),
    unit_id         uuid,
    from_platform   varchar(64),
    failed_check    varchar(16) NOT NULL,
    reason          varchar(2000) NOT NULL,
    package_digest  varchar(64),
    received_at     timestamp with time zone NOT NULL
);
CREATE INDEX exchange_rejection_unit ON exchange_rejection (unit_id, received_at);

-- Signed receipts (回执) that reached the sender, kept as evidence; refused ones with the reason.
CREATE TABLE exchange_receipt (
    id              uuid PRIMARY KEY,
    package_id      uuid NOT NULL,
    outcome         varchar(16) NOT NULL,
    xml             bytea NOT NULL,
    signature       bytea NOT NULL,
    signer_serial   varchar(64) NOT NULL,
    received_at     timestamp with time zone NOT NULL,
    refusal         varchar(1000)
);
CREATE INDEX exchange_receipt_package ON exchange_receipt (package_id);

-- Each unit's exchange key (wrapped) and certificate (交换证书), issued on first use.
CREATE TABLE exchange_unit_key (
    unit_id        uuid PRIMARY KEY,
    uscc           varchar(18) NOT NULL,
    wrapped_key    bytea NOT NULL,
    certificate    bytea NOT NULL,
    not_after      timestamp with time zone NOT NULL
);

-- A unit's exchange settings: automatic acceptance (自动签收), off unless the unit turns it on.
CREATE TABLE exchange_unit_setting (
    unit_id      uuid PRIMARY KEY,
    auto_accept  boolean NOT NULL
);

-- The routing table: which peer platform hosts a unit that is not hosted here.
CREATE TABLE exchange_route (
    uscc           varchar(18) PRIMARY KEY,
    unit_name      varchar(200) NOT NULL,
    platform_code  varchar(64) NOT NULL,
    updated_at     timestamp with time zone NOT NULL
);

-- Root certificates of peer platforms whose units' signatures are trusted.
CREATE TABLE exchange_trusted_ca (
    fingerprint    varchar(64) PRIMARY KEY,
    platform_code  varchar(64) NOT NULL,
    subject        varchar(500) NOT NULL,
    certificate    bytea NOT NULL,
    added_at       timestamp with time zone NOT NULL
);
