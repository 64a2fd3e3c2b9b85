-- What Orleans' ADO.NET providers need on PostgreSQL (invariant "Npgsql"): grain persistence
-- (Microsoft.Orleans.Persistence.AdoNet), clustering (Microsoft.Orleans.Clustering.AdoNet) and reminders
-- (Microsoft.Orleans.Reminders.AdoNet). Checked against Orleans 10.4.2 (commit 876ffe03): the query keys each
-- provider demands at start-up, the parameter names it binds and the result columns it reads by name.
-- The packages ship no SQL, so this script is the project's own, written from Orleans' PostgreSQL scripts;
-- table shapes follow them so a later Orleans migration script still applies. Nothing here touches the
-- project's own tables. Unquoted names fold to lower case; Npgsql matches the providers' column names
-- case-insensitively.

-- The providers read every query they issue from here (key -> SQL text) when they start.
CREATE TABLE OrleansQuery (
    QueryKey  varchar(64) NOT NULL CONSTRAINT OrleansQuery_Key PRIMARY KEY,
    QueryText text        NOT NULL
);

-------------------------------------------------------------------------------------------------------------
-- Persistence: AdoNetGrainStorage. Keys WriteToStorageKey, ReadFromStorageKey, ClearStorageKey (required) and
-- DeleteStorageKey (used when DeleteStateOnClear is set). Parameters @GrainIdHash, @GrainIdN0, @GrainIdN1,
-- @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary.
-- The ETag is Version: a write or clear that returns the version it was given (or nothing) is refused with
-- InconsistentStateException.
-------------------------------------------------------------------------------------------------------------

-- The identity is hashed into two integers for a narrow index; the clear-text columns settle hash collisions.
CREATE TABLE OrleansStorage (
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512),
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea,
    ModifiedOn             timestamp    NOT NULL,
    Version                integer
);

CREATE INDEX IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- A function because the first write (no ETag yet) must insert only when no row exists, and two silos that
-- both believe they own the grain (split brain) may try that at once: the transaction-scoped advisory lock on
-- the two hashes serialises them, so exactly one insert wins. (The two-integer key space of advisory locks
-- is apart from the one-bigint space the migrator's lock uses.)
CREATE FUNCTION orleans_write_to_storage(
    p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer,
    p_grain_type varchar, p_grain_id_extension varchar, p_service_id varchar, p_expected_version integer,
    p_payload bytea)
RETURNS TABLE (NewGrainStateVersion integer) LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    IF p_expected_version IS NOT NULL THEN
        UPDATE OrleansStorage s
        SET PayloadBinary = p_payload, ModifiedOn = now() AT TIME ZONE 'utc', Version = s.Version + 1
        WHERE s.GrainIdHash = p_grain_id_hash AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0 AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension
          AND s.ServiceId = p_service_id
          AND s.Version = p_expected_version
        RETURNING s.Version INTO written;
    ELSE
        PERFORM pg_advisory_xact_lock(p_grain_type_hash, p_grain_id_hash);
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                                    GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        SELECT p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
               p_grain_id_extension, p_service_id, p_payload, now() AT TIME ZONE 'utc', 1
        WHERE NOT EXISTS (
            SELECT 1 FROM OrleansStorage s
            WHERE s.GrainIdHash = p_grain_id_hash AND s.GrainTypeHash = p_grain_type_hash
              AND s.GrainIdN0 = p_grain_id_n0 AND s.GrainIdN1 = p_grain_id_n1
              AND s.GrainTypeString = p_grain_type
              AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension
              AND s.ServiceId = p_service_id)
        RETURNING 1 INTO written;
    END IF;

    -- Unchanged (the caller's own ETag, or NULL for a refused first write) tells Orleans the write lost.
    RETURN QUERY SELECT COALESCE(written, p_expected_version);
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
SELECT NewGrainStateVersion FROM orleans_write_to_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
    @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);'),

('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId;'),

('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = now() AT TIME ZONE ''utc'', Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;'),

-- Returns the deleted version + 1, which the provider compares with the ETag like a clear.
('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;');

-------------------------------------------------------------------------------------------------------------
-- Clustering: AdoNetClusteringTable (silos) and AdoNetGatewayListProvider (clients). Keys
-- InsertMembershipVersionKey, InsertMembershipKey, UpdateMembershipKey, UpdateIAmAlivetimeKey,
-- MembershipReadRowKey, MembershipReadAllKey, GatewaysQueryKey, DeleteMembershipTableEntriesKey,
-- CleanupDefunctSiloEntriesKey (all required). Parameters @DeploymentId (the cluster id), @Address, @Port,
-- @Generation, @SiloName, @HostName, @Status, @ProxyPort, @SuspectTimes, @StartTime, @IAmAliveTime, @Version.
-- The insert/update queries answer one column, > 0 for success; the version row is the table's ETag.
-------------------------------------------------------------------------------------------------------------

CREATE TABLE OrleansMembershipVersionTable (
    DeploymentId varchar(150)   NOT NULL CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE OrleansMembershipTable (
    DeploymentId varchar(150)   NOT NULL
        CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer,
    SuspectTimes varchar(8000),
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- A new silo row and the table version's bump succeed together or not at all: a silo already there, or a
-- version that moved since the caller read it, rolls the block back and answers 0.
CREATE FUNCTION orleans_insert_membership(
    p_deployment_id varchar, p_address varchar, p_port integer, p_generation integer, p_silo_name varchar,
    p_host_name varchar, p_status integer, p_proxy_port integer, p_start_time timestamptz,
    p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                                            ProxyPort, StartTime, IAmAliveTime)
        VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
                p_proxy_port, p_start_time, p_i_am_alive_time);

        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = p_deployment_id AND Version = p_version;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'membership version moved' USING ERRCODE = 'serialization_failure';
        END IF;

        RETURN 1;
    EXCEPTION WHEN unique_violation OR serialization_failure THEN
        RETURN 0;
    END;
END;
$$;

-- Same rule for a status or suspicion change: the version check and the row update commit together.
CREATE FUNCTION orleans_update_membership(
    p_deployment_id varchar, p_address varchar, p_port integer, p_generation integer, p_status integer,
    p_suspect_times varchar, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = p_deployment_id AND Version = p_version;
        IF NOT FOUND THEN
            RETURN 0;
        END IF;

        UPDATE OrleansMembershipTable
        SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive_time
        WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no such silo' USING ERRCODE = 'no_data_found';
        END IF;

        RETURN 1;
    EXCEPTION WHEN no_data_found THEN
        RETURN 0;
    END;
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM inserted;'),

('InsertMembershipKey', '
SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
    @ProxyPort, @StartTime, @IAmAliveTime, @Version);'),

('UpdateMembershipKey', '
SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
    @IAmAliveTime, @Version);'),

-- Orleans neither expects this to fail nor reads an answer.
('UpdateIAmAlivetimeKey', '
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;'),

-- The version row comes back even when the silo has no row yet (StartTime NULL means "no member").
('MembershipReadRowKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;'),

('MembershipReadAllKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;'),

('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;'),

('DeleteMembershipTableEntriesKey', '
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;'),

-- Prunes the rows of silos that stopped beating before @IAmAliveTime and are not Active (SiloStatus 3).
('CleanupDefunctSiloEntriesKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;');

-------------------------------------------------------------------------------------------------------------
-- Reminders: AdoNetReminderTable. Keys UpsertReminderRowKey, ReadReminderRowsKey, ReadReminderRowKey,
-- ReadRangeRows1Key, ReadRangeRows2Key, DeleteReminderRowKey, DeleteReminderRowsKey (all required).
-- Parameters @ServiceId, @GrainId, @ReminderName, @StartTime, @Period (milliseconds), @GrainHash, @BeginHash,
-- @EndHash, @Version. Rows are read by the columns GrainId, ReminderName, StartTime, Period, Version.
-------------------------------------------------------------------------------------------------------------

CREATE TABLE OrleansRemindersTable (
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,
    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- The ring ranges read reminders by grain hash.
CREATE INDEX IX_RemindersTable_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
    Version = r.Version + 1
RETURNING r.Version AS Version;'),

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

-- One column, > 0 when the row with that ETag was deleted.
('DeleteReminderRowKey', '
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1)
SELECT count(*)::integer FROM deleted;'),

('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;');
