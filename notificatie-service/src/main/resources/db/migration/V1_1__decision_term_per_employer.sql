-- termijn-service keeps one decision term (T5) per employer involved (asyncapi: VervaldatumBerekend.employerTenantId).
-- '' stands for a term of the case as a whole.
DROP TABLE hr_case_term;
CREATE TABLE hr_decision_term (
    case_id            UUID        NOT NULL,
    employer_tenant_id VARCHAR(64) NOT NULL,
    due_on             DATE,
    PRIMARY KEY (case_id, employer_tenant_id)
);
