-- Each rostered person is asked once to confirm ("onderschrijven") a declaration: the row makes the request
-- (and its event, onderschrijving-gevraagd) happen once per (declaration, person), however often it is triggered.
CREATE TABLE confirmation_request (
    id             UUID        PRIMARY KEY,
    tenant_id      VARCHAR(40) NOT NULL REFERENCES tenant (id),
    declaration_id UUID        NOT NULL REFERENCES declaration (id),
    person_id      UUID        NOT NULL REFERENCES roster_entry (person_id),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT confirmation_request_once UNIQUE (declaration_id, person_id)
);
