-- The order of the steps (art 9.3, 10.1, 11.1, 12.1). Ids and dates only, no names or text.
-- Art 10.1: the chair of the case who recorded the admissibility decision, and the members of the case who took
-- part (pseudonymous person ids, comma-separated). Null for a case decided before this rule.
ALTER TABLE klacht ADD COLUMN admissibility_chair_id UUID;
ALTER TABLE klacht ADD COLUMN admissibility_member_ids VARCHAR(400);
-- Art 10.1, 11.1: the day the complainant consented to end the complaint by the mediation that runs.
ALTER TABLE klacht ADD COLUMN mediation_consent_on DATE;
