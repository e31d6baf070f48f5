-- The confirmation-of-receipt term (art 9.4, 5 working days from filing) is named ONTVANGSTBEVESTIGING: the kind
-- of a term is no longer two characters.
ALTER TABLE termijn ALTER COLUMN soort SET DATA TYPE VARCHAR(32);
