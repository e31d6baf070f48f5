-- The audit trail of reads and steps is append-only (domain.md §7): PostgreSQL itself refuses to change or remove
-- a line, whatever the application or an operator's session tries. Destruction of a melding keeps its lines (they
-- carry no content). H2 (local runs, the default test pass) has the same comment and relies on the code.
COMMENT ON TABLE melding_audit IS 'Append-only audit trail: no UPDATE, DELETE or TRUNCATE (domain.md §7).';

CREATE FUNCTION melding_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'melding_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER melding_audit_append_only BEFORE UPDATE OR DELETE ON melding_audit
    FOR EACH ROW EXECUTE FUNCTION melding_audit_refuse_change();

CREATE TRIGGER melding_audit_no_truncate BEFORE TRUNCATE ON melding_audit
    FOR EACH STATEMENT EXECUTE FUNCTION melding_audit_refuse_change();
