-- The day a closed VP file will be destroyed (art 5.6), as termijn-service computed its T6: shown to its VP and
-- melder in the melding's view. termijn-service stays the one place that computes it.
ALTER TABLE melding ADD COLUMN destruction_due_on DATE;
