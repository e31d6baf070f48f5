-- Art 4.5 is about time: a VP cannot sit on the commission while a VP. A seat counts from appointedFrom until it
-- ends: endedOn (the first day without the seat), or the day after its last day appointedUntil (null: no last day,
-- e.g. the secretary, art 8). Seats recorded before this column have no last day, as before.
ALTER TABLE commissielid ADD COLUMN appointed_until DATE;
