-- Appointments of vertrouwenspersonen (regulation art 4). Name and email are personal data: they stay in
-- this service (the internal contact lookup serves the email), never on Kafka.
-- open_person_id holds the person id while the appointment has not been ended and is NULL afterwards, so
-- a person has at most one open appointment per scope (NULLs never collide, in H2 and PostgreSQL alike).

-- The shared pool serves every tenant (domain.md §1): cross-tenant data, no tenant discriminator.
CREATE TABLE pool_vertrouwenspersoon (
    appointment_id    UUID         PRIMARY KEY,
    person_id         UUID         NOT NULL,
    open_person_id    UUID,
    name              VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    function_category VARCHAR(16)  NOT NULL,
    appointed_from    DATE         NOT NULL,
    appointed_until   DATE         NOT NULL,
    renewals          INTEGER      NOT NULL,
    ended_on          DATE,
    end_reason        VARCHAR(32),
    appointed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_pool_vertrouwenspersoon_open UNIQUE (open_person_id)
);
CREATE INDEX ix_pool_vertrouwenspersoon_person ON pool_vertrouwenspersoon (person_id);

-- A fractie's own vertrouwenspersonen: tenant data (@TenantId).
CREATE TABLE eigen_vertrouwenspersoon (
    appointment_id    UUID         PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    person_id         UUID         NOT NULL,
    open_person_id    UUID,
    name              VARCHAR(200) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    function_category VARCHAR(16)  NOT NULL,
    appointed_from    DATE         NOT NULL,
    appointed_until   DATE         NOT NULL,
    renewals          INTEGER      NOT NULL,
    ended_on          DATE,
    end_reason        VARCHAR(32),
    appointed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_eigen_vertrouwenspersoon_open UNIQUE (tenant_id, open_person_id)
);
CREATE INDEX ix_eigen_vertrouwenspersoon_person ON eigen_vertrouwenspersoon (tenant_id, person_id);
