-- Certificates the platform CA issued to people (and later units); private keys live in the
-- encrypted key store under key_alias, never in the database.
CREATE TABLE issued_certificate (
    serial       varchar(64) PRIMARY KEY,
    person_id    uuid,
    unit_id      uuid NOT NULL,
    profile      varchar(32) NOT NULL,
    subject      varchar(400) NOT NULL,
    key_alias    varchar(100) NOT NULL,
    der          bytea NOT NULL,
    not_before   timestamp with time zone NOT NULL,
    not_after    timestamp with time zone NOT NULL,
    revoked_at   timestamp with time zone
);
CREATE INDEX issued_certificate_person ON issued_certificate (person_id, not_after);

-- Electronic seals (电子印章, GB/T 38540 SES_Seal), made by a unit's seal administrator and signed
-- by the platform's seal-making key.
CREATE TABLE electronic_seal (
    id           uuid PRIMARY KEY,
    unit_id      uuid NOT NULL,
    es_id        varchar(64) NOT NULL UNIQUE,
    name         varchar(100) NOT NULL,
    purpose      varchar(50) NOT NULL,
    seal_type    integer NOT NULL,
    valid_from   timestamp with time zone NOT NULL,
    valid_to     timestamp with time zone NOT NULL,
    der          bytea NOT NULL,
    created_by   uuid NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    revoked_at   timestamp with time zone
);
CREATE INDEX electronic_seal_unit ON electronic_seal (unit_id, created_at);

-- Who may use a seal (the persons whose certificates the seal lists).
CREATE TABLE electronic_seal_user (
    seal_id      uuid NOT NULL REFERENCES electronic_seal (id),
    person_id    uuid NOT NULL,
    PRIMARY KEY (seal_id, person_id)
);
