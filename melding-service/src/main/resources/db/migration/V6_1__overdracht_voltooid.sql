-- Art 5.7: the hand-over of an ended VP's files. An appointment counts the files that left it (handed over to a
-- successor, or moved at once under art 4.3) and records the day it held none any more: that day melding-service
-- publishes overdracht-voltooid, once, and termijn-service closes T7.
-- Version 6.1: V6 is taken by db/vendor/*/V6__melding_audit_append_only.sql.
ALTER TABLE pool_vertrouwenspersoon ADD COLUMN files_handed_over INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE pool_vertrouwenspersoon ADD COLUMN handover_completed_on DATE;
ALTER TABLE eigen_vertrouwenspersoon ADD COLUMN files_handed_over INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE eigen_vertrouwenspersoon ADD COLUMN handover_completed_on DATE;
