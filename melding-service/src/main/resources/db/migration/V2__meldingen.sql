-- Meldingen at vertrouwenspersonen (regulation art 3-5). Free text, the melder's identity and their subject id
-- are stored only as ciphertext (*_ct, base64) of the melding's own data key, which is wrapped by its tenant's
-- key, which is wrapped by the master key from configuration (envelope encryption with Tink).

-- A tenant's key, wrapped by the master key.
CREATE TABLE tenant_key (
    tenant_id      VARCHAR(64)   PRIMARY KEY,
    wrapped_keyset VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE melding (
    id                  UUID          PRIMARY KEY,
    reference           VARCHAR(40)   NOT NULL,
    tenant_id           VARCHAR(64)   NOT NULL,
    vp_person_id        UUID          NOT NULL,
    vp_kind             VARCHAR(8)    NOT NULL,
    anonymous           BOOLEAN       NOT NULL,
    reporter_lookup     VARCHAR(64),
    soort               VARCHAR(40)   NOT NULL,
    categorie           VARCHAR(32),
    relatie             VARCHAR(32),
    afdeling            VARCHAR(64)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    received_on         DATE          NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_on           DATE,
    uitkomst            VARCHAR(32),
    handover_id         UUID,
    email_wanted        BOOLEAN       NOT NULL,
    description_ct      VARCHAR(100000) NOT NULL,
    identity_ct         VARCHAR(10000),
    reporter_subject_ct VARCHAR(2000),
    version             INTEGER       NOT NULL,
    CONSTRAINT uq_melding_reference UNIQUE (reference)
);
CREATE INDEX ix_melding_vp ON melding (vp_person_id);
CREATE INDEX ix_melding_reporter ON melding (reporter_lookup);

-- The melding's own data key, wrapped by its tenant's key; deleting it is the crypto-shredding of art 5.6.
CREATE TABLE melding_data_key (
    melding_id  UUID          PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    wrapped_key VARCHAR(2000) NOT NULL
);

CREATE TABLE melding_bericht (
    id         UUID         PRIMARY KEY,
    melding_id UUID         NOT NULL REFERENCES melding (id),
    afzender   VARCHAR(24)  NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closure    BOOLEAN      NOT NULL,
    body_ct    VARCHAR(100000) NOT NULL
);
CREATE INDEX ix_melding_bericht_melding ON melding_bericht (melding_id);

CREATE TABLE melding_toestemming (
    id           UUID        PRIMARY KEY,
    melding_id   UUID        NOT NULL REFERENCES melding (id),
    scope        VARCHAR(40) NOT NULL,
    given_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_melding_toestemming_melding ON melding_toestemming (melding_id);

CREATE TABLE melding_interventie (
    id             UUID         PRIMARY KEY,
    melding_id     UUID         NOT NULL REFERENCES melding (id),
    soort          VARCHAR(40)  NOT NULL,
    hours          NUMERIC(6,2) NOT NULL,
    recorded_on    DATE         NOT NULL,
    details_shared BOOLEAN      NOT NULL,
    toestemming_id UUID,
    note_ct        VARCHAR(100000)
);
CREATE INDEX ix_melding_interventie_melding ON melding_interventie (melding_id);

-- The anonymous melder's mailbox: a public id and only an Argon2id hash of the secret half of the receipt code.
CREATE TABLE anonieme_mailbox (
    mailbox_id  VARCHAR(32)  PRIMARY KEY,
    melding_id  UUID         NOT NULL REFERENCES melding (id),
    secret_hash VARCHAR(300) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_anonieme_mailbox_melding UNIQUE (melding_id)
);

-- Append-only audit trail: who read or changed which melding, when; no content. No foreign key: it outlives
-- the melding's destruction.
CREATE TABLE melding_audit (
    id          UUID        PRIMARY KEY,
    melding_id  UUID        NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(24) NOT NULL,
    actor_id    VARCHAR(64),
    action      VARCHAR(32) NOT NULL
);
CREATE INDEX ix_melding_audit_melding ON melding_audit (melding_id);
