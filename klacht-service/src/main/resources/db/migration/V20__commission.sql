-- The klachtencommissie (art 7, 8): appointments by platform administrators, shared by all tenants (no tenant column).
CREATE TABLE commission_appointment (
    appointment_id  UUID         PRIMARY KEY,
    person_id       UUID         NOT NULL,
    function_code   VARCHAR(16)  NOT NULL,
    side            VARCHAR(16),
    name            VARCHAR(200) NOT NULL,
    work_email      VARCHAR(254) NOT NULL,
    woman           BOOLEAN      NOT NULL,
    appointed_from  DATE         NOT NULL,
    appointed_until DATE,
    renewals        INTEGER      NOT NULL,
    ended_on        DATE,
    end_reason      VARCHAR(32),
    appointed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    appointed_by    VARCHAR(255) NOT NULL
);
CREATE INDEX commission_appointment_person ON commission_appointment (person_id);
CREATE INDEX commission_appointment_seat ON commission_appointment (function_code, side);

-- One row: every change of the composition locks it first, so two changes never both take one seat.
CREATE TABLE commission_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO commission_lock (id) VALUES (1);

-- The appointments of vertrouwenspersonen as melding-service publishes them (art 4.5: none sits on the commission).
CREATE TABLE commission_known_vertrouwenspersoon (
    appointment_id  UUID        PRIMARY KEY,
    person_id       UUID        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    tenant_id       VARCHAR(40),
    appointed_from  DATE        NOT NULL,
    appointed_until DATE,
    ended_on        DATE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commission_known_vp_person ON commission_known_vertrouwenspersoon (person_id);
