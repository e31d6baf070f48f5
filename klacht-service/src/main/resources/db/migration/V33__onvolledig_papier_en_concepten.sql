-- domain.md §10.7: a klaagschrift may be filed without every element of art 9.1; which ones it lacked at filing
-- (element codes, no content) is listed for the commission, which asks for completion or declares it inadmissible.
ALTER TABLE klacht ADD COLUMN missing_at_filing VARCHAR(400);
-- domain.md §10.8: the day the author of an untouched draft was told it will be deleted; a change clears it.
ALTER TABLE klacht ADD COLUMN draft_warned_on DATE;
CREATE INDEX klacht_concept_updated ON klacht (status, updated_at);
