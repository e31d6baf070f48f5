-- domain.md §10.3: the roster records each person's function (shown, with the name, when the secretary links an
-- accused) and kind: a medewerker, a Kamerlid (§10.13, art 2.c: files no complaint) or an external person.
ALTER TABLE roster_entry ADD COLUMN function_title VARCHAR(200);
ALTER TABLE roster_entry ADD COLUMN kind VARCHAR(20) DEFAULT 'MEDEWERKER' NOT NULL;
