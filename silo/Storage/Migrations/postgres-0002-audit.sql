-- The audit journal: sign-ins, account and key changes, key rotations (who, when, from where). Append-only, apart
-- from the event journal, so a refused sign-in never moves the event journal's head.
CREATE TABLE audit (
    seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      TEXT   NOT NULL,
    action  TEXT   NOT NULL,
    actor   TEXT   NOT NULL,
    subject TEXT,
    outcome TEXT   NOT NULL,
    address TEXT   NOT NULL,
    detail  TEXT
);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
