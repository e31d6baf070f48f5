-- The regulation and its versions; tenants, their declarations of applicability, rosters and confirmations.

CREATE TABLE regulation_version (
    id             VARCHAR(64)  PRIMARY KEY,
    title          VARCHAR(255) NOT NULL,
    in_force_from  DATE         NOT NULL,
    source         VARCHAR(255) NOT NULL
);

-- Decision (domain.md §1): the version in force from 1 May 2021 is the first in the system.
INSERT INTO regulation_version (id, title, in_force_from, source) VALUES (
    'klachtenregeling-2021',
    'Klachtenregeling ongewenste omgangsvormen Tweede Kamer',
    DATE '2021-05-01',
    'Klachtenregeling ongewenste omgangsvormen Tweede Kamer, november 2020 (seed 002, L570-858)');

CREATE TABLE tenant (
    id               VARCHAR(40)  PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    short_name       VARCHAR(40)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    employer_entity  VARCHAR(200) NOT NULL,
    contact_email    VARCHAR(254) NOT NULL,
    hr_contact_email VARCHAR(254),
    status           VARCHAR(16)  NOT NULL,
    revision         BIGINT       NOT NULL,
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    offboarded_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE declaration (
    id                        UUID         PRIMARY KEY,
    tenant_id                 VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    regulation_version_id     VARCHAR(64)  NOT NULL REFERENCES regulation_version (id),
    declaration_option        VARCHAR(32)  NOT NULL,
    effective_from            DATE         NOT NULL,
    signed_by                 VARCHAR(200),
    signed_on                 DATE,
    vertrouwenspersoon_keuze  VARCHAR(16)  NOT NULL,
    reminder_days_before      VARCHAR(64)  NOT NULL,
    reminder_on_due_day       BOOLEAN      NOT NULL,
    reminder_after_due        BOOLEAN      NOT NULL,
    complaint_retention_years INTEGER      NOT NULL,
    remedies_period_weeks     INTEGER      NOT NULL,
    submitted_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by              VARCHAR(255) NOT NULL,
    withdrawn_from            DATE,
    withdrawn_at              TIMESTAMP WITH TIME ZONE,
    withdrawn_by              VARCHAR(255)
);
CREATE INDEX declaration_tenant ON declaration (tenant_id, effective_from);

CREATE TABLE roster_entry (
    person_id    UUID         PRIMARY KEY,
    tenant_id    VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    name         VARCHAR(200) NOT NULL,
    work_email   VARCHAR(254) NOT NULL,
    subject      VARCHAR(255),
    employed_from DATE        NOT NULL,
    employed_to   DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX roster_entry_tenant ON roster_entry (tenant_id);
CREATE UNIQUE INDEX roster_entry_subject ON roster_entry (tenant_id, subject);

CREATE TABLE confirmation (
    id             UUID        PRIMARY KEY,
    tenant_id      VARCHAR(40) NOT NULL REFERENCES tenant (id),
    declaration_id UUID        NOT NULL REFERENCES declaration (id),
    person_id      UUID        NOT NULL REFERENCES roster_entry (person_id),
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT confirmation_once UNIQUE (declaration_id, person_id)
);
