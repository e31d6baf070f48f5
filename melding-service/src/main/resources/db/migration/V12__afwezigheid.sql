-- a vertrouwenspersoon says until when they are away, so a melder who chooses sees it (their name and absence are
-- meant to be seen, domain.md §10.10); null while present
ALTER TABLE pool_vertrouwenspersoon ADD COLUMN absent_until DATE;
ALTER TABLE eigen_vertrouwenspersoon ADD COLUMN absent_until DATE;
