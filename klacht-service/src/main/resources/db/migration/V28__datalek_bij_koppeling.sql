-- Domain.md §10.3: undoing the link of an accused to a person who had already read the case is a personal-data
-- breach (AVG art 33/34 are the organisation's duty; the system records the facts and tells the chair). Ids and
-- dates only: the person is the pseudonymous id that was linked.
CREATE TABLE klacht_datalek (
    id            UUID                     PRIMARY KEY,
    tenant_id     VARCHAR(40)              NOT NULL REFERENCES tenant (id),
    klacht_id     UUID                     NOT NULL,
    accused_id    UUID                     NOT NULL,
    person_id     UUID                     NOT NULL,
    reads         INTEGER                  NOT NULL,
    first_read_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_read_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_on   DATE                     NOT NULL,
    recorded_by   VARCHAR(255)             NOT NULL
);
CREATE INDEX klacht_datalek_case ON klacht_datalek (klacht_id);
