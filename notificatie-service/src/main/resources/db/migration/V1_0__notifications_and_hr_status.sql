-- notificatie-service: what must be told to whom (intents, written with the inbox record of the event),
-- each email to one recipient (deliveries, the delivery log), and what the HR portals may know.
-- No address, name or content is stored: recipients are pseudonymous ids, addresses are fetched when sending.

CREATE TABLE notification_intent (
    id              UUID         PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    template        VARCHAR(64)  NOT NULL,
    recipient_role  VARCHAR(64)  NOT NULL,
    lookup_kind     VARCHAR(64)  NOT NULL,
    lookup_arg      VARCHAR(255) NOT NULL,
    case_reference  VARCHAR(40)  NOT NULL,
    link_path       VARCHAR(255) NOT NULL,
    state           VARCHAR(32)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_intent_once UNIQUE (event_id, recipient_role, lookup_kind, lookup_arg)
);
CREATE INDEX notification_intent_due ON notification_intent (state, next_attempt_at);

CREATE TABLE delivery (
    id              UUID         PRIMARY KEY,
    intent_id       UUID         NOT NULL REFERENCES notification_intent (id),
    recipient_id    VARCHAR(255) NOT NULL,
    recipient_role  VARCHAR(64)  NOT NULL,
    message_id      VARCHAR(255) NOT NULL UNIQUE,
    state           VARCHAR(32)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    address_hash    VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT delivery_once UNIQUE (intent_id, recipient_id)
);
CREATE INDEX delivery_due ON delivery (state, next_attempt_at);

CREATE TABLE hr_involvement (
    id                 UUID        PRIMARY KEY,
    case_id            UUID        NOT NULL,
    employer_tenant_id VARCHAR(64) NOT NULL,
    case_reference     VARCHAR(40) NOT NULL,
    involved_on        DATE        NOT NULL,
    decided_on         DATE,
    closed_on          DATE,
    CONSTRAINT hr_involvement_once UNIQUE (case_id, employer_tenant_id)
);
CREATE INDEX hr_involvement_tenant ON hr_involvement (employer_tenant_id);

CREATE TABLE hr_case_term (
    case_id UUID PRIMARY KEY,
    due_on  DATE
);
