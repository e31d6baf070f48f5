-- Art 10.3, domain.md §10.4: the accused receives a document of the complaint only once the secretary released it
-- (released_on) or uploaded a redacted copy instead: a row of its own, encrypted like every attachment, naming the
-- document it replaces (redaction_of).
-- Art 9.3, 11.4, 12.5: documents added after filing, by the complainant (completion, the hearing's term for further
-- documents) or by an accused (that term, their written view): added_with says when, accused_id which accused.
-- Dates, ids and codes only: the file and its name stay in the encrypted columns of V22.
ALTER TABLE klacht_bijlage ADD COLUMN added_with VARCHAR(16) DEFAULT 'KLAAGSCHRIFT' NOT NULL;
ALTER TABLE klacht_bijlage ADD COLUMN accused_id UUID;
ALTER TABLE klacht_bijlage ADD COLUMN released_on DATE;
ALTER TABLE klacht_bijlage ADD COLUMN released_by VARCHAR(255);
ALTER TABLE klacht_bijlage ADD COLUMN redaction_of UUID;
CREATE INDEX klacht_bijlage_redaction ON klacht_bijlage (redaction_of);

-- Art 11.1, 11.5: a party asks to be heard without the other present, the commission decides; art 11.3: a party
-- names the counsel who assists them. The reason and the counsel's name are case content, sealed like every text of
-- the complaint file (domain.md §10.11).
CREATE TABLE klacht_partijverzoek (
    id           UUID        PRIMARY KEY,
    tenant_id    VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id    UUID        NOT NULL REFERENCES klacht (id),
    kind         VARCHAR(16) NOT NULL,
    asked_as     VARCHAR(16) NOT NULL,
    asked_by     UUID        NOT NULL,
    accused_id   UUID,
    reason       TEXT,
    counsel_name TEXT,
    requested_on DATE        NOT NULL,
    outcome      VARCHAR(16),
    decided_by   VARCHAR(255),
    decided_on   DATE,
    sealed       BOOLEAN     DEFAULT TRUE NOT NULL
);
CREATE INDEX klacht_partijverzoek_case ON klacht_partijverzoek (klacht_id);
