-- Instants are TEXT 'yyyy-MM-ddTHH:mm:ss.fffffffZ' (UTC, 100 ns ticks), as in SQLite: timestamptz keeps only
-- microseconds, and the hash chain must recompute bit for bit from what is read back.

-- Every input, append-only. seq is assigned by the single writer (not a sequence), because the hash covers
-- it and must be known before the row is inserted, and a rolled-back batch must not leave a gap.
CREATE TABLE journal (
    seq         BIGINT PRIMARY KEY,
    event_id    TEXT   NOT NULL UNIQUE,
    kind        TEXT   NOT NULL,
    subject     TEXT   NOT NULL,
    occurred_at TEXT   NOT NULL,
    received_at TEXT   NOT NULL,
    payload     TEXT   NOT NULL,
    prev_hash   TEXT   NOT NULL,
    hash        TEXT   NOT NULL
);

-- One subject's history, and the distinct subjects of a kind.
CREATE INDEX ix_journal_subject ON journal (subject, seq);
CREATE INDEX ix_journal_kind_subject ON journal (kind, subject);

-- The hash chain detects tampering; these stop accidents. (A superuser can still disable them, which is
-- exactly why the chain exists.)
CREATE FUNCTION journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'journal is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER journal_no_update BEFORE UPDATE OR DELETE ON journal
    FOR EACH ROW EXECUTE FUNCTION journal_append_only();

CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal
    FOR EACH STATEMENT EXECUTE FUNCTION journal_append_only();

CREATE TABLE grain_state (
    grain_type TEXT   NOT NULL,
    grain_key  TEXT   NOT NULL,
    version    BIGINT NOT NULL,
    payload    TEXT   NOT NULL,
    updated_at TEXT   NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
);

CREATE TABLE reminders (
    grain_type TEXT NOT NULL,
    grain_key  TEXT NOT NULL,
    name       TEXT NOT NULL,
    due_at     TEXT NOT NULL,
    PRIMARY KEY (grain_type, grain_key, name)
);

CREATE TABLE checkpoints (
    name TEXT   PRIMARY KEY,
    seq  BIGINT NOT NULL
);
