-- art 12.2: an advice may be preventive and corrective at once; PREVENTIEF_EN_CORRECTIEF (24 characters) did not
-- fit the column, so such an advice could not be recorded. The annual report (art 14) counts advice by this kind.
ALTER TABLE klacht ALTER COLUMN advice_nature SET DATA TYPE VARCHAR(32);
