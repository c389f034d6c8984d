-- Workflow: process templates (versioned, per unit and document kind), instances, tasks, history,
-- delegations (委托) and notifications. Portable: PostgreSQL 15 and H2 2.x in MODE=PostgreSQL.

CREATE TABLE wf_template (
    id               uuid                     NOT NULL,
    unit_id          uuid                     NOT NULL,
    kind             varchar(16)              NOT NULL,
    template_version integer                  NOT NULL,
    name             varchar(100)             NOT NULL,
    definition       varchar(65535)           NOT NULL,
    created_by       uuid,
    created_by_name  varchar(50),
    created_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_wf_template PRIMARY KEY (id),
    CONSTRAINT uq_wf_template_version UNIQUE (unit_id, kind, template_version),
    CONSTRAINT fk_wf_template_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE wf_instance (
    id               uuid                     NOT NULL,
    version          bigint                   NOT NULL DEFAULT 0,
    unit_id          uuid                     NOT NULL,
    template_id      uuid                     NOT NULL,
    template_version integer                  NOT NULL,
    kind             varchar(16)              NOT NULL,
    document_id      uuid                     NOT NULL,
    title            varchar(200)             NOT NULL,
    drafter_id       uuid                     NOT NULL,
    drafter_name     varchar(50)              NOT NULL,
    state            varchar(16)              NOT NULL,
    current_step     integer                  NOT NULL,
    activation       integer                  NOT NULL,
    chosen_signers   varchar(4000),
    history_count    integer                  NOT NULL DEFAULT 0,
    started_at       timestamp with time zone NOT NULL,
    ended_at         timestamp with time zone,
    CONSTRAINT pk_wf_instance PRIMARY KEY (id),
    CONSTRAINT fk_wf_instance_template FOREIGN KEY (template_id) REFERENCES wf_template (id),
    CONSTRAINT ck_wf_instance_state CHECK (state IN ('RUNNING', 'COMPLETED', 'CANCELLED'))
);
-- "My started" (我发起的), newest first.
CREATE INDEX ix_wf_instance_drafter ON wf_instance (drafter_id, started_at);
-- One running instance per document.
CREATE INDEX ix_wf_instance_document ON wf_instance (document_id, state);

CREATE TABLE wf_task (
    id                     uuid                     NOT NULL,
    version                bigint                   NOT NULL DEFAULT 0,
    instance_id            uuid                     NOT NULL,
    document_id            uuid                     NOT NULL,
    unit_id                uuid                     NOT NULL,
    kind                   varchar(16)              NOT NULL,
    title                  varchar(200)             NOT NULL,
    drafter_name           varchar(50)              NOT NULL,
    step_index             integer                  NOT NULL,
    step_type              varchar(16),
    step_name              varchar(50)              NOT NULL,
    activation             integer                  NOT NULL,
    seq                    integer                  NOT NULL DEFAULT 0,
    assignee_person_id     uuid,
    assignee_role          varchar(32),
    assignee_department_id uuid,
    assignee_label         varchar(120)             NOT NULL,
    state                  varchar(16)              NOT NULL,
    cancel_reason          varchar(100),
    acted_by_id            uuid,
    acted_by_name          varchar(50),
    on_behalf_of_id        uuid,
    on_behalf_of_name      varchar(50),
    opinion                varchar(2000),
    acted_at               timestamp with time zone,
    sent_from_task_id      uuid,
    sent_by_name           varchar(50),
    created_at             timestamp with time zone NOT NULL,
    due_at                 timestamp with time zone,
    last_activity_at       timestamp with time zone NOT NULL,
    urge_count             integer                  NOT NULL DEFAULT 0,
    overdue_notified_at    timestamp with time zone,
    stuck_notified_at      timestamp with time zone,
    CONSTRAINT pk_wf_task PRIMARY KEY (id),
    CONSTRAINT fk_wf_task_instance FOREIGN KEY (instance_id) REFERENCES wf_instance (id),
    CONSTRAINT ck_wf_task_state CHECK (state IN ('WAITING', 'OPEN', 'APPROVED', 'RETURNED', 'TRANSFERRED', 'CANCELLED')),
    CONSTRAINT ck_wf_task_assignee CHECK (assignee_person_id IS NOT NULL OR assignee_role IS NOT NULL
                                          OR assignee_department_id IS NOT NULL)
);
-- To-do of person X: open tasks assigned to X (or claimed by X), newest first. The state column
-- comes second, so the look-up seeks straight to X's open tasks however many closed ones X has.
CREATE INDEX ix_wf_task_person_open ON wf_task (assignee_person_id, state, created_at);
-- To-do of role R in unit U (and of department D): open, unclaimed tasks for the role.
CREATE INDEX ix_wf_task_role_open ON wf_task (unit_id, assignee_role, state, created_at);
CREATE INDEX ix_wf_task_department_open ON wf_task (assignee_department_id, state, created_at);
-- Supervision and the deadline sweep: a unit's open tasks by deadline; all open tasks by deadline.
CREATE INDEX ix_wf_task_unit_due ON wf_task (unit_id, state, due_at);
CREATE INDEX ix_wf_task_state_due ON wf_task (state, due_at);
-- An instance's tasks by step; withdrawal's "what did this task open".
CREATE INDEX ix_wf_task_instance ON wf_task (instance_id, step_index, activation);
CREATE INDEX ix_wf_task_sent_from ON wf_task (sent_from_task_id);
-- Done list (已办), newest first.
CREATE INDEX ix_wf_task_done ON wf_task (acted_by_id, acted_at);

CREATE TABLE wf_history (
    id                uuid                     NOT NULL,
    instance_id       uuid                     NOT NULL,
    position          integer                  NOT NULL,
    at                timestamp with time zone NOT NULL,
    action            varchar(32)              NOT NULL,
    step_index        integer                  NOT NULL,
    step_name         varchar(50),
    task_id           uuid,
    actor_id          uuid,
    actor_name        varchar(50),
    on_behalf_of_id   uuid,
    on_behalf_of_name varchar(50),
    opinion           varchar(2000),
    detail            varchar(500),
    CONSTRAINT pk_wf_history PRIMARY KEY (id),
    CONSTRAINT uq_wf_history_position UNIQUE (instance_id, position),
    CONSTRAINT fk_wf_history_instance FOREIGN KEY (instance_id) REFERENCES wf_instance (id)
);
CREATE INDEX ix_wf_history_actor ON wf_history (actor_id);

CREATE TABLE wf_delegation (
    id             uuid                     NOT NULL,
    version        bigint                   NOT NULL DEFAULT 0,
    unit_id        uuid                     NOT NULL,
    principal_id   uuid                     NOT NULL,
    principal_name varchar(50)              NOT NULL,
    delegate_id    uuid                     NOT NULL,
    delegate_name  varchar(50)              NOT NULL,
    starts_at      timestamp with time zone NOT NULL,
    ends_at        timestamp with time zone NOT NULL,
    revoked_at     timestamp with time zone,
    created_at     timestamp with time zone NOT NULL,
    CONSTRAINT pk_wf_delegation PRIMARY KEY (id),
    CONSTRAINT fk_wf_delegation_principal FOREIGN KEY (principal_id) REFERENCES org_person (id),
    CONSTRAINT fk_wf_delegation_delegate FOREIGN KEY (delegate_id) REFERENCES org_person (id)
);
CREATE INDEX ix_wf_delegation_delegate ON wf_delegation (delegate_id, ends_at);
CREATE INDEX ix_wf_delegation_principal ON wf_delegation (principal_id, ends_at);

CREATE TABLE wf_notification (
    id          uuid                     NOT NULL,
    person_id   uuid                     NOT NULL,
    instance_id uuid                     NOT NULL,
    task_id     uuid,
    kind        varchar(16)              NOT NULL,
    message     varchar(500)             NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    read_at     timestamp with time zone,
    CONSTRAINT pk_wf_notification PRIMARY KEY (id)
);
CREATE INDEX ix_wf_notification_person ON wf_notification (person_id, created_at);
