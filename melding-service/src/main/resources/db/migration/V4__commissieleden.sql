-- Who sits on the klachtencommissie, as klacht-service publishes it: a VP cannot also be a member (art 4.5).
-- Pseudonymous person ids and dates only.
CREATE TABLE commissielid (
    appointment_id UUID PRIMARY KEY,
    person_id      UUID NOT NULL,
    appointed_from DATE NOT NULL,
    ended_on       DATE
);
CREATE INDEX ix_commissielid_person ON commissielid (person_id);
