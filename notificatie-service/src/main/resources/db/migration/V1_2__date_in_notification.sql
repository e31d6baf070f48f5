-- The one date an email may name besides the reference (e.g. the day a complaint file will be deleted under its
-- retention term, domain.md §7); null for the emails that name none. A date, never content.
ALTER TABLE notification_intent ADD COLUMN named_date DATE;
