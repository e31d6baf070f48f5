-- Complaints (klachten) under the Klachtenregeling, art 9-13. Free text and personal data stay in this
-- database; events carry ids, references and dates only (domain.md §7).

-- Case references K-<year>-<number>, counted per year across all tenants; derived from nothing personal.
CREATE TABLE klacht_referentie_teller (
    jaar    INTEGER PRIMARY KEY,
    laatste INTEGER NOT NULL
);

CREATE TABLE klacht (
    id                          UUID         PRIMARY KEY,
    tenant_id                   VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    reference                   VARCHAR(40)  UNIQUE,
    status                      VARCHAR(32)  NOT NULL,
    complainant_id              UUID         NOT NULL,
    declaration_id              UUID,
    handover_id                 UUID,
    registered_by               VARCHAR(255),
    -- the klaagschrift (art 9.1)
    category                    VARCHAR(32),
    behaviour                   TEXT,
    behaviour_place             TEXT,
    behaviour_when              TEXT,
    first_behaviour_on          DATE,
    latest_behaviour_on         DATE,
    witnesses                   TEXT,
    complainant_name            VARCHAR(200),
    complainant_address         TEXT,
    complainant_function        VARCHAR(200),
    complainant_email           VARCHAR(254),
    steps_taken                 TEXT,
    signed_name                 VARCHAR(200),
    signed_on                   DATE,
    -- the procedure
    filed_on                    DATE,
    outside_one_year            BOOLEAN      NOT NULL DEFAULT FALSE,
    receipt_confirmed_on        DATE,
    complete_on                 DATE,
    completion_due_on           DATE,
    admissibility_decided_on    DATE,
    admissible                  BOOLEAN,
    inadmissibility_grounds     VARCHAR(255),
    mediation_explored          BOOLEAN,
    mediation_running_since     DATE,
    corrections_due_on          DATE,
    new_advice_due_on           DATE,
    advice_nature               VARCHAR(16),
    advice_text                 TEXT,
    vote_outcome                VARCHAR(40),
    minority_position           TEXT,
    omit_hearing_report         BOOLEAN,
    weighty_reasons             TEXT,
    advice_adopted_on           DATE,
    chair_signed_on             DATE,
    secretary_signed_on         DATE,
    secretary_signed_by         VARCHAR(255),
    advice_issued_on            DATE,
    ending                      VARCHAR(32),
    ended_on                    DATE,
    end_date                    DATE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX klacht_tenant ON klacht (tenant_id, status);
CREATE INDEX klacht_complainant ON klacht (complainant_id);
CREATE UNIQUE INDEX klacht_handover ON klacht (handover_id);

CREATE TABLE klacht_aangeklaagde (
    id                 UUID         PRIMARY KEY,
    tenant_id          VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    klacht_id          UUID         NOT NULL REFERENCES klacht (id),
    seq_no             INTEGER      NOT NULL,
    name               VARCHAR(200) NOT NULL,
    function_title     VARCHAR(200),
    relation           VARCHAR(32)  NOT NULL,
    employer_tenant_id VARCHAR(40),
    person_id          UUID,
    email              VARCHAR(254)
);
CREATE INDEX klacht_aangeklaagde_klacht ON klacht_aangeklaagde (klacht_id);
CREATE INDEX klacht_aangeklaagde_person ON klacht_aangeklaagde (person_id);

-- An employer involved in a case (domain.md §1): from the advice on (art 10.4 or 12.2), and its decision (art 13).
CREATE TABLE klacht_werkgever (
    id                 UUID         PRIMARY KEY,
    tenant_id          VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    klacht_id          UUID         NOT NULL REFERENCES klacht (id),
    employer_tenant_id VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    -- null while only a named recipient is known: involvement starts when the advice is received
    advice_received_on DATE,
    recipient_id       UUID,
    recipient_name     VARCHAR(200),
    recipient_email    VARCHAR(254),
    extension_days     INTEGER      NOT NULL DEFAULT 0,
    decided_on         DATE,
    decision_text      TEXT,
    CONSTRAINT klacht_werkgever_once UNIQUE (klacht_id, employer_tenant_id)
);
CREATE INDEX klacht_werkgever_employer ON klacht_werkgever (employer_tenant_id);

-- Who sits on the case (art 11.4) and who is replaced because involved (art 7.8).
CREATE TABLE klacht_zetel (
    id          UUID        PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id   UUID        NOT NULL REFERENCES klacht (id),
    person_id   UUID        NOT NULL,
    seat        VARCHAR(16) NOT NULL,
    side        VARCHAR(16),
    replaces_id UUID,
    CONSTRAINT klacht_zetel_once UNIQUE (klacht_id, person_id)
);
CREATE INDEX klacht_zetel_person ON klacht_zetel (person_id, seat);

CREATE TABLE klacht_stem (
    id        UUID        PRIMARY KEY,
    tenant_id VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id UUID        NOT NULL REFERENCES klacht (id),
    person_id UUID        NOT NULL,
    stem      VARCHAR(16) NOT NULL,
    CONSTRAINT klacht_stem_once UNIQUE (klacht_id, person_id)
);

CREATE TABLE klacht_hoorzitting (
    id                UUID        PRIMARY KEY,
    tenant_id         VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id         UUID        NOT NULL REFERENCES klacht (id),
    hearing_on        DATE        NOT NULL,
    parties_together  BOOLEAN     NOT NULL,
    documents_due_on  DATE,
    invited_ids       TEXT        NOT NULL,
    other_invitees    TEXT,
    counsel           TEXT,
    planned_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The dossier's written pieces: receipt confirmation, completion request and answer, reports, fact
-- overview, corrections and views, reasons for a new term or an extension, decisions.
CREATE TABLE klacht_stuk (
    id                 UUID        PRIMARY KEY,
    tenant_id          VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id          UUID        NOT NULL REFERENCES klacht (id),
    kind               VARCHAR(32) NOT NULL,
    body               TEXT        NOT NULL,
    dated_on           DATE        NOT NULL,
    author_id          VARCHAR(255) NOT NULL,
    author_role        VARCHAR(32) NOT NULL,
    employer_tenant_id VARCHAR(40),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX klacht_stuk_klacht ON klacht_stuk (klacht_id, created_at);

-- klacht-service's copy of the due dates termijn-service computed (termijn.events.v1).
CREATE TABLE klacht_termijn (
    klacht_id            UUID        NOT NULL,
    term                 VARCHAR(4)  NOT NULL,
    tenant_id            VARCHAR(40) NOT NULL,
    term_id              UUID        NOT NULL,
    due_on               DATE,
    extension_days_total INTEGER     NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (klacht_id, term)
);

-- Append-only: every read of a dossier by a person (domain.md §7). Nothing updates or deletes a row.
CREATE TABLE klacht_inzage (
    id        UUID         PRIMARY KEY,
    tenant_id VARCHAR(40)  NOT NULL REFERENCES tenant (id),
    klacht_id UUID         NOT NULL REFERENCES klacht (id),
    person_id VARCHAR(255) NOT NULL,
    as_party  VARCHAR(32)  NOT NULL,
    part      VARCHAR(32)  NOT NULL,
    read_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX klacht_inzage_klacht ON klacht_inzage (klacht_id, read_at);

-- Temporary measures (art 12.4): the employer of the person concerned sees the reference and the request only.
CREATE TABLE tijdelijke_voorziening (
    id                 UUID        PRIMARY KEY,
    tenant_id          VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id          UUID        NOT NULL REFERENCES klacht (id),
    employer_tenant_id VARCHAR(40) NOT NULL REFERENCES tenant (id),
    concerns           VARCHAR(16) NOT NULL,
    accused_id         UUID,
    reason             VARCHAR(32) NOT NULL,
    request_text       TEXT        NOT NULL,
    requested_on       DATE        NOT NULL,
    requested_by       VARCHAR(255) NOT NULL,
    measures_text      TEXT,
    commission_consulted_on DATE,
    measures_on        DATE
);
CREATE INDEX tijdelijke_voorziening_employer ON tijdelijke_voorziening (employer_tenant_id);
