-- The terms T2-T8 (domain.md §6) as termijn-service keeps them, with how each due date was computed, their
-- history, the reminder claims, the cases' declarations and the commission's calendar feeds.
-- No tenant discriminator: the scheduler reads every tenant's terms; the API re-applies each role's tenant
-- rule in its queries (TermijnQueries).

-- What termijn-service knows of a complaint: its declaration (for the reminder schedule) and, for T6, how it ended.
CREATE TABLE termijn_klacht (
    case_id        UUID        PRIMARY KEY,
    tenant_id      VARCHAR(64) NOT NULL,
    case_reference VARCHAR(40) NOT NULL,
    declaration_id UUID,
    handover_id    UUID,
    end_date       DATE
);
CREATE INDEX termijn_klacht_handover ON termijn_klacht (handover_id);

CREATE TABLE termijn (
    id                    UUID         PRIMARY KEY,
    soort                 VARCHAR(4)   NOT NULL,
    -- what opened it: one term per opening key, so the same term can never be opened twice
    opening_key           VARCHAR(200) NOT NULL,
    tenant_id             VARCHAR(64),
    case_id               UUID,
    case_reference        VARCHAR(40),
    appointment_id        UUID,
    person_id             UUID,
    appointee_kind        VARCHAR(16),
    employer_tenant_id    VARCHAR(64),
    recipient_id          UUID,
    handover_id           UUID,
    trigger_date          DATE         NOT NULL,
    trigger_event_id      VARCHAR(64)  NOT NULL,
    -- the inputs of the current computation: basis date + basis length + basis extension, then the Atw
    basis_date            DATE         NOT NULL,
    basis_length          VARCHAR(16)  NOT NULL,
    basis_extension_days  INTEGER      NOT NULL,
    extension_days_total  INTEGER      NOT NULL,
    due_on                DATE,
    computation           VARCHAR(4000) NOT NULL,
    decree_known          BOOLEAN      NOT NULL,
    years_without_decree  VARCHAR(100),
    state                 VARCHAR(16)  NOT NULL,
    suspended_on          DATE,
    remaining_days        INTEGER,
    lapsed_on             DATE,
    closed_on             DATE,
    closed_by             VARCHAR(120),
    reminder_days_before  VARCHAR(40)  NOT NULL,
    reminder_on_due_day   BOOLEAN      NOT NULL,
    reminder_after        BOOLEAN      NOT NULL,
    reminder_at           VARCHAR(5)   NOT NULL,
    -- reminders planned before this moment are not sent (a recomputed term starts a new plan)
    reminders_from        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_slot_at          TIMESTAMP WITH TIME ZONE,
    -- when the scheduler must next look at this term (a reminder or the lapse); null when nothing is planned
    next_action_at        TIMESTAMP WITH TIME ZONE,
    opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT termijn_opening UNIQUE (opening_key)
);
-- the scheduler's one query: never a scan of all open terms
CREATE INDEX termijn_next_action ON termijn (next_action_at);
CREATE INDEX termijn_case ON termijn (case_id);
CREATE INDEX termijn_appointment ON termijn (appointment_id);
CREATE INDEX termijn_state_due ON termijn (state, due_on);
CREATE INDEX termijn_employer ON termijn (employer_tenant_id, soort);

-- Every step of a term: opened, moved, suspended, resumed, lapsed, closed.
CREATE TABLE termijn_stap (
    id              UUID         PRIMARY KEY,
    termijn_id      UUID         NOT NULL REFERENCES termijn (id),
    seq             INTEGER      NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    step_on         DATE         NOT NULL,
    due_on          DATE,
    extension_days  INTEGER,
    detail          VARCHAR(4000),
    event_id        VARCHAR(64),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT termijn_stap_seq UNIQUE (termijn_id, seq)
);

-- A reminder claimed for sending. The unique slot makes two instances (or two ticks) claim it once only.
CREATE TABLE herinnering (
    id              UUID         PRIMARY KEY,
    termijn_id      UUID         NOT NULL REFERENCES termijn (id),
    slot_key        VARCHAR(40)  NOT NULL,
    moment          VARCHAR(16)  NOT NULL,
    planned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    due_on          DATE         NOT NULL,
    late            BOOLEAN      NOT NULL,
    lapsed          BOOLEAN      NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    lease_until     TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    recipient_roles VARCHAR(120),
    last_error      VARCHAR(200),
    CONSTRAINT herinnering_slot UNIQUE (termijn_id, slot_key)
);
CREATE INDEX herinnering_pending ON herinnering (state, next_attempt_at);
CREATE INDEX herinnering_leased ON herinnering (state, lease_until);

-- A commission member's secret calendar URL; only a hash of the secret is kept.
CREATE TABLE agenda_feed (
    id          UUID         PRIMARY KEY,
    person_id   VARCHAR(255) NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT agenda_feed_secret UNIQUE (secret_hash)
);
CREATE INDEX agenda_feed_person ON agenda_feed (person_id);
