-- What Orleans' ADO.NET providers need on SQLite (invariant "System.Data.SQLite", which Orleans resolves to
-- Microsoft.Data.Sqlite's SqliteFactory): grain persistence (Microsoft.Orleans.Persistence.AdoNet) and reminders
-- (Microsoft.Orleans.Reminders.AdoNet). Checked against Orleans 10.4.2 (commit 876ffe03): the query keys each
-- provider demands at start-up, the parameter names it binds and the result columns it reads by name.
-- No clustering here: Orleans has no SQLite membership, and one node uses localhost clustering. Orleans ships
-- no SQLite reminder script at all; the reminder queries below are the project's port of the PostgreSQL ones.
-- Needs SQLite 3.35 or newer (RETURNING). Nothing here touches the project's own tables.

-- The providers read every query they issue from here (key -> SQL text) when they start.
CREATE TABLE OrleansQuery (
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

-------------------------------------------------------------------------------------------------------------
-- Persistence: AdoNetGrainStorage. Keys WriteToStorageKey, ReadFromStorageKey, ClearStorageKey (required) and
-- DeleteStorageKey (used when DeleteStateOnClear is set). Parameters @GrainIdHash, @GrainIdN0, @GrainIdN1,
-- @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary.
-- The ETag is Version: a write or clear that answers no NewGrainStateVersion, or the version it was given,
-- is refused with InconsistentStateException.
-------------------------------------------------------------------------------------------------------------

-- The identity is hashed into two integers for a narrow index; the clear-text columns settle hash collisions.
CREATE TABLE OrleansStorage (
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB,
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER
);

CREATE INDEX IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Two statements, of which the ETag selects one: with an ETag, update that exact version; without, insert
-- only if no row exists. Each is atomic on its own (SQLite has one writer), so no explicit transaction is
-- needed, and RETURNING answers the new version only when a row was written. "IS" is SQLite's NULL-safe
-- equality, for grains without a key extension.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = @PayloadBinary, ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), Version = Version + 1
WHERE @GrainStateVersion IS NOT NULL
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;

INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                            GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
       @ServiceId, @PayloadBinary, strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), 1
WHERE @GrainStateVersion IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND ServiceId = @ServiceId)
RETURNING Version AS NewGrainStateVersion;'),

('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
LIMIT 1;'),

('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;'),

-- Answers the deleted version + 1, which the provider compares with the ETag like a clear.
('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;');

-------------------------------------------------------------------------------------------------------------
-- Reminders: AdoNetReminderTable, ported from Orleans' PostgreSQL reminder queries. Keys UpsertReminderRowKey,
-- ReadReminderRowsKey, ReadReminderRowKey, ReadRangeRows1Key, ReadRangeRows2Key, DeleteReminderRowKey,
-- DeleteReminderRowsKey (all required). Parameters @ServiceId, @GrainId, @ReminderName, @StartTime,
-- @Period (milliseconds), @GrainHash, @BeginHash, @EndHash, @Version. Rows are read by the columns GrainId,
-- ReminderName, StartTime, Period, Version. StartTime is the text Microsoft.Data.Sqlite writes for a
-- DateTime parameter, which its GetDateTime reads back.
-------------------------------------------------------------------------------------------------------------

CREATE TABLE OrleansRemindersTable (
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    StartTime    TEXT    NOT NULL,
    Period       INTEGER NOT NULL,
    GrainHash    INTEGER NOT NULL,
    Version      INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- The ring ranges read reminders by grain hash.
CREATE INDEX IX_RemindersTable_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
    Version = Version + 1
RETURNING Version;'),

('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;'),

('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;'),

-- Range (begin, end] of the ring, when it does not wrap ...
('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;'),

-- ... and when it wraps past the largest hash.
('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);'),

-- One column, > 0 when the row with that ETag was deleted (changes() counts the DELETE just before it).
('DeleteReminderRowKey', '
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version;
SELECT changes() AS Deleted;'),

('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;');
