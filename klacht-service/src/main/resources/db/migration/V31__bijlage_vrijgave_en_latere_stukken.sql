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
