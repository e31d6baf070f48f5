-- The klachtencommissie's seats as klacht-service publishes them (commissielid-benoemd/-ontslagen on
-- klacht.events.v1): the commission roles of a token admit a person only while its subject holds a current seat of
-- the matching kind (TermijnQueries, AgendaService). No tenant: the commission is shared by all tenants.
CREATE TABLE commissie_zetel (
    appointment_id   UUID        PRIMARY KEY,
    person_id        UUID        NOT NULL,
    -- the contract's code: VOORZITTER, PLAATSVERVANGEND_VOORZITTER, LID, PLAATSVERVANGEND_LID, SECRETARIS
    function         VARCHAR(32) NOT NULL,
    appointed_from   DATE        NOT NULL,
    -- the last day served (included); null for a secretary appointed without one (art 8)
    appointed_until  DATE,
    -- the first day no longer served (commissielid-ontslagen)
    ended_on         DATE
);
CREATE INDEX commissie_zetel_person ON commissie_zetel (person_id);

-- The members whose running T8 termijn-service holds already (the events were consumed before this table
-- existed): their seat, open-ended until klacht-service's next event about it. The secretary has no T8 (art 8):
-- its seat is known from its next event only (see README, "Who reads which terms").
INSERT INTO commissie_zetel (appointment_id, person_id, function, appointed_from, appointed_until, ended_on)
SELECT t.appointment_id, CAST(MIN(CAST(t.person_id AS VARCHAR(36))) AS UUID), 'LID', MIN(t.trigger_date), NULL, NULL
FROM termijn t
WHERE t.soort = 'T8' AND t.appointee_kind = 'COMMISSIE' AND t.state IN ('OPEN', 'SUSPENDED')
  AND t.appointment_id IS NOT NULL AND t.person_id IS NOT NULL
GROUP BY t.appointment_id;
