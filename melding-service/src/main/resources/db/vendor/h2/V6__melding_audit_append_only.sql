-- The audit trail is append-only (domain.md §7). On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE
-- (db/vendor/postgresql, same version); H2, used for local runs and the default test pass, relies on the code,
-- which only ever inserts (AuditTrail).
COMMENT ON TABLE melding_audit IS 'Append-only audit trail: no UPDATE, DELETE or TRUNCATE (domain.md §7).';
