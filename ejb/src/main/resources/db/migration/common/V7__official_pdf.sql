-- The official PDF of an outgoing document (正式文件): laid out at 排版 (LAID_OUT), then sealed at
-- 用印 (SEALED). Each is kept; the newest is the document's official PDF.
CREATE TABLE official_pdf (
    id           uuid PRIMARY KEY,
    document_id  uuid NOT NULL,
    stage        varchar(16) NOT NULL,
    pdf          bytea NOT NULL,
    sm3          varchar(64) NOT NULL,
    page_count   integer NOT NULL,
    seal_page    integer NOT NULL,
    seal_left    double precision NOT NULL,
    seal_top     double precision NOT NULL,
    created_by   uuid NOT NULL,
    created_at   timestamp with time zone NOT NULL
);
CREATE INDEX official_pdf_document ON official_pdf (document_id, created_at);
