-- Pattern signals about one person (003 L6513, domain.md §4.8): the VP may name the person behaving badly as a
-- keyed token (HMAC under a configured key), never the name. Matching compares tokens within one organisation.
ALTER TABLE melding ADD COLUMN person_token VARCHAR(64);
CREATE INDEX ix_melding_person_token ON melding (tenant_id, person_token);
