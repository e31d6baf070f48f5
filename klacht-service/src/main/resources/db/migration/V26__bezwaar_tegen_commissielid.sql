-- art 7.8, 11.4: a party objects to a member who sits on the case; the chair of the case decides (the deputy chair
-- when the objection concerns the chair). While an objection is open the member reads nothing of the case; an
-- upheld objection excludes the member, whose seat the deputy of the same side takes. When no deputy is left for
-- the seat, the case waits for an ad-hoc appointment (art 7.2) before a hearing is planned.
CREATE TABLE klacht_bezwaar (
    id          UUID        PRIMARY KEY,
    tenant_id   VARCHAR(40) NOT NULL REFERENCES tenant (id),
    klacht_id   UUID        NOT NULL REFERENCES klacht (id),
    member_id   UUID        NOT NULL,
    lodged_by   UUID        NOT NULL,
    lodged_as   VARCHAR(16) NOT NULL,
    reason      TEXT        NOT NULL,
    lodged_on   DATE        NOT NULL,
    outcome     VARCHAR(16),
    decided_by  UUID,
    decided_on  DATE,
    replaced_by UUID
);
CREATE INDEX klacht_bezwaar_case ON klacht_bezwaar (klacht_id, member_id);

ALTER TABLE klacht ADD COLUMN ad_hoc_lid_nodig BOOLEAN DEFAULT FALSE NOT NULL;
