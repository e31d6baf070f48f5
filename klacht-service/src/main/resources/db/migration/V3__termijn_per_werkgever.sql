-- termijn-service runs one decision term (T5) per employer involved: the copy of its due dates is kept per
-- employer too ('-' for the terms that belong to the case as a whole). A copy: rebuilt from the next events.
DROP TABLE klacht_termijn;
CREATE TABLE klacht_termijn (
    klacht_id            UUID        NOT NULL,
    term                 VARCHAR(4)  NOT NULL,
    employer_tenant_id   VARCHAR(40) NOT NULL,
    tenant_id            VARCHAR(40) NOT NULL,
    term_id              UUID        NOT NULL,
    due_on               DATE,
    extension_days_total INTEGER     NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (klacht_id, term, employer_tenant_id)
);
