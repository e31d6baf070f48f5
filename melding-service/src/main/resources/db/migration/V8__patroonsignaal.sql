-- domain.md §10.9: a pattern signal a VP sent, readable by the organisation's employer and fractie administrator.
-- One per unit (the department) and period (the calendar year it was sent in): the unique key refuses a repeat,
-- also when two sends race. The VP's advice is their own words: stored only as ciphertext (advice_ct, base64) of
-- the signal's own data key (melding_data_key, keyed by the signal id), like a melding's text.
CREATE TABLE patroonsignaal (
    id              UUID           PRIMARY KEY,
    tenant_id       VARCHAR(64)    NOT NULL,
    department_code VARCHAR(64)    NOT NULL,
    period_year     INTEGER        NOT NULL,
    basis           VARCHAR(16)    NOT NULL,
    count_shown     VARCHAR(8)     NOT NULL,
    sent_on         DATE           NOT NULL,
    advice_ct       VARCHAR(20000),
    CONSTRAINT patroonsignaal_once_per_unit_and_period UNIQUE (tenant_id, department_code, period_year)
);

CREATE INDEX patroonsignaal_by_tenant ON patroonsignaal (tenant_id, sent_on);
