-- A text in the making (a melding not yet sent, a message not yet posted), kept for its author alone so that a
-- closed browser or an expired session loses nothing. The author is a keyed hash of their token subject (as for
-- "my meldingen"); the fields are ciphertext of the draft's own data key (melding_data_key, keyed by the draft id),
-- which is destroyed with the draft: when it is sent, thrown away, or left unchanged for the retention period.
CREATE TABLE concept (
    id          UUID                     PRIMARY KEY,
    tenant_id   VARCHAR(64)              NOT NULL,
    author_hash VARCHAR(64)              NOT NULL,
    form_key    VARCHAR(80)              NOT NULL,
    fields_ct   TEXT                     NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT concept_one_per_form UNIQUE (author_hash, form_key)
);
CREATE INDEX concept_saved_at ON concept (saved_at);
