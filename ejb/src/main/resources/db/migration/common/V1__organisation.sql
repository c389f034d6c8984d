-- Organisation: regions (省/市/县/镇/村), units, departments (处室), people and their roles.
-- Portable: runs on PostgreSQL 15 and on H2 2.x in MODE=PostgreSQL. Ids are UUIDs made in Java.

CREATE TABLE org_region (
    id           uuid                     NOT NULL,
    code         varchar(12)              NOT NULL,
    name         varchar(100)             NOT NULL,
    region_level varchar(16)              NOT NULL,
    parent_id    uuid,
    created_at   timestamp with time zone NOT NULL,
    version      bigint                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_region PRIMARY KEY (id),
    CONSTRAINT uq_org_region_code UNIQUE (code),
    CONSTRAINT fk_org_region_parent FOREIGN KEY (parent_id) REFERENCES org_region (id),
    CONSTRAINT ck_org_region_level CHECK (region_level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE'))
);
CREATE INDEX ix_org_region_parent ON org_region (parent_id, code);

CREATE TABLE org_unit (
    id         uuid                     NOT NULL,
    name       varchar(100)             NOT NULL,
    short_name varchar(10)              NOT NULL,
    uscc       varchar(18)              NOT NULL,
    region_id  uuid                     NOT NULL,
    parent_id  uuid,
    sort_order integer                  NOT NULL DEFAULT 0,
    active     boolean                  NOT NULL DEFAULT TRUE,
    created_at timestamp with time zone NOT NULL,
    version    bigint                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT uq_org_unit_uscc UNIQUE (uscc),
    CONSTRAINT fk_org_unit_region FOREIGN KEY (region_id) REFERENCES org_region (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_region ON org_unit (region_id);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
-- The address book and unit lists order units by (sort_order, name).
CREATE INDEX ix_org_unit_order ON org_unit (sort_order, name);

CREATE TABLE org_department (
    id         uuid                     NOT NULL,
    unit_id    uuid                     NOT NULL,
    name       varchar(100)             NOT NULL,
    sort_order integer                  NOT NULL DEFAULT 0,
    created_at timestamp with time zone NOT NULL,
    version    bigint                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_department PRIMARY KEY (id),
    CONSTRAINT uq_org_department_name UNIQUE (unit_id, name),
    CONSTRAINT fk_org_department_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE org_person (
    id             uuid                     NOT NULL,
    name           varchar(50)              NOT NULL,
    unit_id        uuid                     NOT NULL,
    department_id  uuid,
    position_title varchar(50),
    office_phone   varchar(32),
    mobile         varchar(11),
    work_email     varchar(100),
    username       varchar(32)              NOT NULL,
    sort_order     integer                  NOT NULL DEFAULT 0,
    active         boolean                  NOT NULL DEFAULT TRUE,
    created_at     timestamp with time zone NOT NULL,
    updated_at     timestamp with time zone NOT NULL,
    version        bigint                   NOT NULL DEFAULT 0,
    CONSTRAINT pk_org_person PRIMARY KEY (id),
    CONSTRAINT uq_org_person_username UNIQUE (username),
    CONSTRAINT fk_org_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_person_department FOREIGN KEY (department_id) REFERENCES org_department (id)
);
-- Address book, filtered by unit (and department), in display order.
CREATE INDEX ix_org_person_unit ON org_person (unit_id, department_id, sort_order, name);
-- Address book, filtered by department alone.
CREATE INDEX ix_org_person_department ON org_person (department_id, sort_order, name);
-- Exact and prefix look-ups by name (substring search uses the trigram index on PostgreSQL).
CREATE INDEX ix_org_person_name ON org_person (name);

CREATE TABLE org_person_role (
    person_id uuid        NOT NULL,
    role_name varchar(32) NOT NULL,
    CONSTRAINT pk_org_person_role PRIMARY KEY (person_id, role_name),
    CONSTRAINT fk_org_person_role_person FOREIGN KEY (person_id) REFERENCES org_person (id) ON DELETE CASCADE
);
-- Who holds a role in a unit (e.g. the unit's leaders or clerks) goes through the role first.
CREATE INDEX ix_org_person_role_role ON org_person_role (role_name, person_id);
