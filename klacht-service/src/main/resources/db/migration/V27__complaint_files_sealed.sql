-- Complaint files are encrypted at rest (domain.md §10.11): every name, address, email address and free text of a
-- case is stored as ciphertext of the case's data key (base64, longer than the text it hides), so the columns that
-- held short text become TEXT. Rows written before this version keep sealed = FALSE until the service seals them at
-- start (CaseFileSealing); new rows are written sealed.
ALTER TABLE klacht ALTER COLUMN complainant_name SET DATA TYPE TEXT;
ALTER TABLE klacht ALTER COLUMN complainant_function SET DATA TYPE TEXT;
ALTER TABLE klacht ALTER COLUMN complainant_email SET DATA TYPE TEXT;
ALTER TABLE klacht ALTER COLUMN signed_name SET DATA TYPE TEXT;
ALTER TABLE klacht_aangeklaagde ALTER COLUMN name SET DATA TYPE TEXT;
ALTER TABLE klacht_aangeklaagde ALTER COLUMN function_title SET DATA TYPE TEXT;
ALTER TABLE klacht_aangeklaagde ALTER COLUMN email SET DATA TYPE TEXT;
ALTER TABLE klacht_werkgever ALTER COLUMN recipient_name SET DATA TYPE TEXT;
ALTER TABLE klacht_werkgever ALTER COLUMN recipient_email SET DATA TYPE TEXT;

ALTER TABLE klacht ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klacht_stuk ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klacht_aangeklaagde ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klacht_werkgever ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tijdelijke_voorziening ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klacht_bezwaar ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE klacht_hoorzitting ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
