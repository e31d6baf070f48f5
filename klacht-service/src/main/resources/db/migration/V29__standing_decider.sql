-- domain.md §10.2: each organisation names a standing decider and a deputy from the holders of its employer role;
-- per case the commission confirms that person or names another (klacht_werkgever.recipient_id)
CREATE TABLE tenant_beslisser (
    tenant_id  VARCHAR(40)  PRIMARY KEY REFERENCES tenant (id),
    decider_id UUID         NOT NULL,
    deputy_id  UUID         NOT NULL,
    named_on   DATE         NOT NULL,
    named_by   VARCHAR(255) NOT NULL
);

-- at filing: the complainant is the standing decider or deputy of their own organisation
ALTER TABLE klacht ADD COLUMN decider_is_party BOOLEAN DEFAULT FALSE NOT NULL;

-- the day the commission confirmed or named the decider of this employer for the case
ALTER TABLE klacht_werkgever ADD COLUMN decider_named_on DATE;
