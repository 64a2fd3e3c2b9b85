-- The audit journal: sign-ins, account and key changes, key rotations (who, when, from where). Append-only, apart
-- from the event journal, so a refused sign-in never moves the event journal's head.
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    actor   TEXT    NOT NULL,
    subject TEXT,
    outcome TEXT    NOT NULL,
    address TEXT    NOT NULL,
    detail  TEXT
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit is append-only');
END;
