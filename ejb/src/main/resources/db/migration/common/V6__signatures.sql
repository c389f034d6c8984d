-- Personal signatures over a document's digest, e.g. a leader's sign-off (签发): who, with which
-- certificate, over which SM3 digest, with which opinion, when. The SM2 signature covers
-- signed_content (the digest, subject, opinion and time as one text), kept as signed.
CREATE TABLE personal_signature (
    id              uuid PRIMARY KEY,
    subject_type    varchar(32) NOT NULL,
    subject_id      uuid NOT NULL,
    purpose         varchar(32) NOT NULL,
    person_id       uuid NOT NULL,
    person_name     varchar(50) NOT NULL,
    unit_id         uuid NOT NULL,
    certificate_serial varchar(64) NOT NULL,
    digest          varchar(64) NOT NULL,
    opinion         varchar(2000),
    signed_at       timestamp with time zone NOT NULL,
    signed_content  varchar(4000) NOT NULL,
    signature       bytea NOT NULL
);
CREATE INDEX personal_signature_subject ON personal_signature (subject_type, subject_id, signed_at);
