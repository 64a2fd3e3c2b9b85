-- The flow of traced batches (一码贯通): one row per batch an EPCIS event of the journal moves, for the party that
-- recorded it. Kept as the dispatcher applies the journal (a row per (seq, line), so a replay changes nothing) and
-- rebuilt from the journal like every other state. An error declaration adds the rows it retracts, negated.
CREATE TABLE trace_flow (
    seq          BIGINT NOT NULL,
    line         INTEGER NOT NULL,
    batch_key    TEXT NOT NULL,
    party        TEXT NOT NULL,
    step         TEXT NOT NULL,
    quantity     NUMERIC NOT NULL,
    counterparty TEXT,
    event_time   TEXT NOT NULL,
    PRIMARY KEY (seq, line)
);

-- The reverse trace reads one batch's rows.
CREATE INDEX trace_flow_batch ON trace_flow (batch_key, party);

-- The query interface pages through the captured events in journal order.
CREATE INDEX ix_journal_kind_seq ON journal (kind, seq);
