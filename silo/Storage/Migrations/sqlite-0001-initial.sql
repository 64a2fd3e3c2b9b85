-- Instants are TEXT 'yyyy-MM-ddTHH:mm:ss.fffffffZ' (UTC, 100 ns ticks): exact round trip, sortable.

-- Every input, append-only. seq is assigned by the single writer rather than AUTOINCREMENT,
-- because the hash covers it and must be known before the row is inserted.
CREATE TABLE journal (
    seq         INTEGER PRIMARY KEY,
    event_id    TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL
);

-- One subject's history (rowid = seq keeps it in journal order).
CREATE INDEX ix_journal_subject ON journal (subject);

-- Distinct subjects of a kind, answered from the index alone.
CREATE INDEX ix_journal_kind_subject ON journal (kind, subject);

-- The hash chain detects tampering; these stop accidents.
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal is append-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal is append-only');
END;

CREATE TABLE grain_state (
    grain_type TEXT    NOT NULL,
    grain_key  TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    payload    TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
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
    name TEXT    PRIMARY KEY,
    seq  INTEGER NOT NULL
);
