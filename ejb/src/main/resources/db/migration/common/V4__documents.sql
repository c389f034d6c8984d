-- Outgoing documents while drafted (发文稿), their revisions and attachments, document numbering.
-- Portable: PostgreSQL 15 and H2 2.x in MODE=PostgreSQL.

-- A draft: the current content (JSON of all elements, as of its latest revision) plus the columns
-- lists and numbering need. The document number is set by numbering and cleared by voiding.
CREATE TABLE doc_draft (
    id           uuid                     NOT NULL,
    unit_id      uuid                     NOT NULL,
    drafter_id   uuid                     NOT NULL,
    drafter_name varchar(50)              NOT NULL,
    kind         varchar(16)              NOT NULL,
    title        varchar(200)             NOT NULL,
    content      text                     NOT NULL,
    content_sm3  varchar(64)              NOT NULL,
    revision_no  integer                  NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    updated_at   timestamp with time zone NOT NULL,
    number_text  varchar(40),
    version      bigint                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_doc_draft PRIMARY KEY (id),
    CONSTRAINT fk_doc_draft_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
-- "My drafts", newest first.
CREATE INDEX ix_doc_draft_drafter ON doc_draft (drafter_id, updated_at);
CREATE INDEX ix_doc_draft_unit ON doc_draft (unit_id, updated_at);

-- Every save of a draft (痕迹保留), never changed: who, when, the whole content and its SM3.
CREATE TABLE doc_revision (
    id          uuid                     NOT NULL,
    draft_id    uuid                     NOT NULL,
    revision_no integer                  NOT NULL,
    author_id   uuid                     NOT NULL,
    author_name varchar(50)              NOT NULL,
    saved_at    timestamp with time zone NOT NULL,
    content     text                     NOT NULL,
    content_sm3 varchar(64)              NOT NULL,
    CONSTRAINT pk_doc_revision PRIMARY KEY (id),
    CONSTRAINT uq_doc_revision_no UNIQUE (draft_id, revision_no),
    CONSTRAINT fk_doc_revision_draft FOREIGN KEY (draft_id) REFERENCES doc_draft (id)
);

-- Attachments: what they are here, their bytes in a table of their own (loaded only to download).
CREATE TABLE doc_attachment (
    id               uuid                     NOT NULL,
    draft_id         uuid                     NOT NULL,
    file_name        varchar(200)             NOT NULL,
    file_type        varchar(16)              NOT NULL,
    size_bytes       bigint                   NOT NULL,
    content_sm3      varchar(64)              NOT NULL,
    form_name        varchar(50),
    uploaded_by      uuid                     NOT NULL,
    uploaded_by_name varchar(50)              NOT NULL,
    uploaded_at      timestamp with time zone NOT NULL,
    CONSTRAINT pk_doc_attachment PRIMARY KEY (id),
    CONSTRAINT fk_doc_attachment_draft FOREIGN KEY (draft_id) REFERENCES doc_draft (id)
);
CREATE INDEX ix_doc_attachment_draft ON doc_attachment (draft_id, uploaded_at);

CREATE TABLE doc_attachment_content (
    attachment_id uuid  NOT NULL,
    content       bytea NOT NULL,
    CONSTRAINT pk_doc_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_doc_attachment_content FOREIGN KEY (attachment_id) REFERENCES doc_attachment (id) ON DELETE CASCADE
);

-- Per unit: the mandatory forms of a normative document (one name a line); no row = the defaults.
CREATE TABLE doc_unit_settings (
    unit_id         uuid          NOT NULL,
    normative_forms varchar(1100) NOT NULL,
    CONSTRAINT pk_doc_unit_settings PRIMARY KEY (unit_id),
    CONSTRAINT fk_doc_unit_settings_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- Per unit and kind: the organ code (机关代字) of its numbers; no row = the unit's short name.
CREATE TABLE doc_organ_code (
    unit_id    uuid        NOT NULL,
    kind       varchar(16) NOT NULL,
    organ_code varchar(12) NOT NULL,
    CONSTRAINT pk_doc_organ_code PRIMARY KEY (unit_id, kind),
    CONSTRAINT fk_doc_organ_code_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- The counters numbers come from: one row per unit, organ code and year, locked (SELECT … FOR
-- UPDATE) by the transaction that gives out the next number, so numbers are unique and gap-free.
CREATE TABLE doc_number_counter (
    unit_id     uuid        NOT NULL,
    organ_code  varchar(12) NOT NULL,
    number_year integer     NOT NULL,
    last_serial integer     NOT NULL,
    CONSTRAINT pk_doc_number_counter PRIMARY KEY (unit_id, organ_code, number_year)
);

-- The number register (编号登记): every number given out, in use or voided (空号).
CREATE TABLE doc_number_register (
    id               uuid                     NOT NULL,
    unit_id          uuid                     NOT NULL,
    organ_code       varchar(12)              NOT NULL,
    number_year      integer                  NOT NULL,
    serial           integer                  NOT NULL,
    kind             varchar(16)              NOT NULL,
    draft_id         uuid,
    title            varchar(200),
    status           varchar(16)              NOT NULL,
    assigned_by_name varchar(50)              NOT NULL,
    assigned_at      timestamp with time zone NOT NULL,
    void_reason      varchar(500),
    voided_by_name   varchar(50),
    voided_at        timestamp with time zone,
    version          bigint                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_doc_number_register PRIMARY KEY (id),
    CONSTRAINT uq_doc_number_register UNIQUE (unit_id, organ_code, number_year, serial),
    CONSTRAINT fk_doc_number_register_draft FOREIGN KEY (draft_id) REFERENCES doc_draft (id),
    CONSTRAINT ck_doc_number_register_status CHECK (status IN ('ASSIGNED', 'VOIDED'))
);
CREATE INDEX ix_doc_number_register_draft ON doc_number_register (draft_id);
