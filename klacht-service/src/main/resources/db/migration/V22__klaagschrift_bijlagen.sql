-- Attachments of a klaagschrift (art 9: documents of the steps already taken), stored only encrypted.
-- Envelope encryption (architecture.md, Security; platform crypto.EnvelopeEncryption): a tenant's key wrapped by
-- the master key from configuration, each complaint's data key wrapped by its tenant's key, every attachment
-- (bytes and file name) encrypted with its complaint's data key. Deleting the data key row shreds the complaint's
-- attachments, wherever a copy of their rows survived (a backup).

CREATE TABLE tenant_key (
    tenant_id      VARCHAR(64)   PRIMARY KEY,
    wrapped_keyset VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- No foreign key to klacht: the key may be destroyed before or after the complaint's rows.
CREATE TABLE klacht_data_key (
    klacht_id   UUID          PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    wrapped_key VARCHAR(2000) NOT NULL
);
CREATE INDEX klacht_data_key_tenant ON klacht_data_key (tenant_id);

CREATE TABLE klacht_bijlage (
    id           UUID          PRIMARY KEY,
    tenant_id    VARCHAR(40)   NOT NULL REFERENCES tenant (id),
    klacht_id    UUID          NOT NULL REFERENCES klacht (id),
    added_by     VARCHAR(16)   NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_type VARCHAR(40)   NOT NULL,
    size_bytes   INTEGER       NOT NULL,
    filename_ct  VARCHAR(2000) NOT NULL,
    content_ct   BYTEA         NOT NULL
);
CREATE INDEX klacht_bijlage_klacht ON klacht_bijlage (klacht_id, added_at);
