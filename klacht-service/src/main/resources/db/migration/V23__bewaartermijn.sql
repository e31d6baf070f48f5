-- Retention of complaint files (domain.md §7, Decision): kept for the declaration's retention period after the
-- case's end date, announced beforehand, then deleted; a legal hold placed by the chair stops the deletion.

-- The legal hold on a case (at most one). Its reason is free text: it stays here, never in an event or a log line,
-- and is deleted with the case.
CREATE TABLE klacht_bewaring (
    klacht_id  UUID         PRIMARY KEY REFERENCES klacht (id),
    tenant_id  VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    reason     TEXT         NOT NULL,
    placed_by  VARCHAR(255) NOT NULL,
    placed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The announcement of a deletion: once per case; its date is the day the case will be deleted (never sooner
-- than the warning period after the announcement). Deleted with the case.
CREATE TABLE klacht_vernietiging_aankondiging (
    klacht_id       UUID        PRIMARY KEY REFERENCES klacht (id),
    tenant_id       VARCHAR(40) NOT NULL REFERENCES tenant (id),
    retention_end   DATE        NOT NULL,
    deletion_due_on DATE        NOT NULL,
    announced_on    DATE        NOT NULL
);

-- What stays of a deleted case: that it existed and on which basis it was deleted. No name, no text, no category.
CREATE TABLE klacht_vernietiging (
    id              UUID        PRIMARY KEY,
    tenant_id       VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id       UUID        NOT NULL UNIQUE,
    reference       VARCHAR(40) NOT NULL,
    end_date        DATE        NOT NULL,
    retention_years INTEGER     NOT NULL,
    declaration_id  UUID,
    retention_end   DATE        NOT NULL,
    deleted_on      DATE        NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX klacht_vernietiging_tenant ON klacht_vernietiging (tenant_id, deleted_on);
