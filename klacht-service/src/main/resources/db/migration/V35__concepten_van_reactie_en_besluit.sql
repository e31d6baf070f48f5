-- Art 12.1, 12.5, 13: a party's correction or written view, or the employer's decision, may be written over more
-- than one sitting: its author keeps one draft (concept) per case and kind, for them alone, until they submit the
-- text or the case is deleted. The text is case content, sealed with the case's data key like every text of the
-- complaint file (domain.md §10.11); the row holds ids, the kind and when it was saved.
CREATE TABLE klacht_concept (
    id         UUID        PRIMARY KEY,
    tenant_id  VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id  UUID        NOT NULL REFERENCES klacht (id),
    author_id  UUID        NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    body       TEXT        NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed     BOOLEAN     DEFAULT TRUE NOT NULL,
    CONSTRAINT klacht_concept_one UNIQUE (klacht_id, author_id, kind)
);
