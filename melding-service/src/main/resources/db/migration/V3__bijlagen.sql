-- Attachments of a melding, stored only as ciphertext of the melding's data key (the file name too).
CREATE TABLE melding_bijlage (
    id           UUID         PRIMARY KEY,
    melding_id   UUID         NOT NULL REFERENCES melding (id),
    afzender     VARCHAR(24)  NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    filename_ct  VARCHAR(2000),
    content_ct   BYTEA        NOT NULL
);
CREATE INDEX ix_melding_bijlage_melding ON melding_bijlage (melding_id);
