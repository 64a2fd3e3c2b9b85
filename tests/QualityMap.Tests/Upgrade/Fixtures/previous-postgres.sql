--
-- PostgreSQL database dump
--

\restrict qualitymapfixture

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;


--
-- Name: journal_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'journal is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;


--
-- Name: orleans_insert_membership(character varying, character varying, integer, integer, character varying, character varying, integer, integer, timestamp with time zone, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.orleans_insert_membership(p_deployment_id character varying, p_address character varying, p_port integer, p_generation integer, p_silo_name character varying, p_host_name character varying, p_status integer, p_proxy_port integer, p_start_time timestamp with time zone, p_i_am_alive_time timestamp with time zone, p_version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: orleans_update_membership(character varying, character varying, integer, integer, integer, character varying, timestamp with time zone, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.orleans_update_membership(p_deployment_id character varying, p_address character varying, p_port integer, p_generation integer, p_status integer, p_suspect_times character varying, p_i_am_alive_time timestamp with time zone, p_version integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: orleans_write_to_storage(integer, bigint, bigint, integer, character varying, character varying, character varying, integer, bytea); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.orleans_write_to_storage(p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer, p_grain_type character varying, p_grain_id_extension character varying, p_service_id character varying, p_expected_version integer, p_payload bytea) RETURNS TABLE(newgrainstateversion integer)
    LANGUAGE plpgsql
    AS $$
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


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit (
    seq bigint NOT NULL,
    at text NOT NULL,
    action text NOT NULL,
    actor text NOT NULL,
    subject text,
    outcome text NOT NULL,
    address text NOT NULL,
    detail text
);


--
-- Name: audit_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: checkpoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checkpoints (
    name text NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: grain_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.grain_state (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    version bigint NOT NULL,
    payload text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: journal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal (
    seq bigint NOT NULL,
    event_id text NOT NULL,
    kind text NOT NULL,
    subject text NOT NULL,
    occurred_at text NOT NULL,
    received_at text NOT NULL,
    payload text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: orleansmembershiptable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansmembershiptable (
    deploymentid character varying(150) NOT NULL,
    address character varying(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    siloname character varying(150) NOT NULL,
    hostname character varying(150) NOT NULL,
    status integer NOT NULL,
    proxyport integer,
    suspecttimes character varying(8000),
    starttime timestamp(3) with time zone NOT NULL,
    iamalivetime timestamp(3) with time zone NOT NULL
);


--
-- Name: orleansmembershipversiontable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansmembershipversiontable (
    deploymentid character varying(150) NOT NULL,
    "timestamp" timestamp(3) with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: orleansquery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansquery (
    querykey character varying(64) NOT NULL,
    querytext text NOT NULL
);


--
-- Name: orleansreminderstable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansreminderstable (
    serviceid character varying(150) NOT NULL,
    grainid character varying(150) NOT NULL,
    remindername character varying(150) NOT NULL,
    starttime timestamp(3) with time zone NOT NULL,
    period bigint NOT NULL,
    grainhash integer NOT NULL,
    version integer NOT NULL
);


--
-- Name: orleansstorage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansstorage (
    grainidhash integer NOT NULL,
    grainidn0 bigint NOT NULL,
    grainidn1 bigint NOT NULL,
    graintypehash integer NOT NULL,
    graintypestring character varying(512) NOT NULL,
    grainidextensionstring character varying(512),
    serviceid character varying(150) NOT NULL,
    payloadbinary bytea,
    modifiedon timestamp without time zone NOT NULL,
    version integer
);


--
-- Name: reminders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reminders (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    name text NOT NULL,
    due_at text NOT NULL
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at text NOT NULL
);


--
-- Name: session_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session_keys (
    name text NOT NULL,
    xml text NOT NULL,
    stored_at text NOT NULL
);


--
-- Data for Name: audit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (1, '2026-11-20T08:00:00.0000000Z', 'account-created', 'bootstrap', 'admin', 'succeeded', 'local', 'first administrator, region 330400');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (2, '2026-11-20T08:00:00.0000000Z', 'account-created', 'test-city', 'nanhu-chief', 'succeeded', 'unknown', 'role CountyBureau, region 330402');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (3, '2026-11-20T08:00:00.0000000Z', 'account-created', 'test-city', 'haiyan-feed', 'succeeded', 'unknown', 'role IngestClient, region 330400');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (4, '2026-11-20T08:00:00.0000000Z', 'api-key-created', 'test-city', '753b3306c92b', 'succeeded', 'unknown', 'for account nanhu-chief');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (5, '2026-11-20T08:00:00.0000000Z', 'api-key-created', 'test-city', 'db32d57fd68e', 'succeeded', 'unknown', 'for account haiyan-feed');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (6, '2026-11-20T08:00:00.0000000Z', 'api-key-created', 'test-city', '638aa1489202', 'succeeded', 'unknown', 'for account haiyan-feed');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (7, '2026-11-20T08:00:00.0000000Z', 'api-key-revoked', 'test-city', '638aa1489202', 'succeeded', 'unknown', 'of account haiyan-feed');
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (8, '2026-11-20T08:00:00.0000000Z', 'code-signing-key-rotated', 'test-city', 'gi45u0', 'succeeded', 'unknown', NULL);
INSERT INTO public.audit OVERRIDING SYSTEM VALUE VALUES (9, '2026-11-20T08:00:00.0000000Z', 'sign-in', 'nanhu-chief', 'nanhu-chief', 'succeeded', 'unknown', NULL);


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.checkpoints VALUES ('dispatch', 24);


--
-- Data for Name: grain_state; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402CF412RXR6D', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业2RXR6D有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-2"}],"lastAppliedSeq":3,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402E2GEYHTR9C', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业YHTR9C有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-4"}],"lastAppliedSeq":5,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '913304022H1G7W295K', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业7W295K有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-9"}],"lastAppliedSeq":10,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402FMXWU9NR4C', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业U9NR4C有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-6"}],"lastAppliedSeq":7,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402XQT8GMC92D', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业GMC92D有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-3"}],"lastAppliedSeq":4,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '913304020YK3A5597X', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业A5597X有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-7"}],"lastAppliedSeq":8,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402H8AAQ1KR3Y', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业Q1KR3Y有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-8"}],"lastAppliedSeq":9,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402YC7MDD991N', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业DD991N有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-5"}],"lastAppliedSeq":6,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '913304114HA5QA9E55', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业QA9E55有限公司","townCode":"330411101","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-xiuzhou-1"}],"lastAppliedSeq":12,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '9133041154PJM26E2C', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业M26E2C有限公司","townCode":"330411101","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-xiuzhou-3"}],"lastAppliedSeq":14,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('CodeSigningKeysGrain', 'ring', 2, '{"keys":[{"id":"g4flii","secret":"W3e8ac1FvZ0h2Tn8SsPLiSk21gfsy3s3GbVfForBM1Y=","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"start-up","retiredAt":null,"retiredBy":null,"retired":false},{"id":"gi45u0","secret":"nOHBQgg6EDtTiPn/ALVdy+BcBmJW5JhzayuRFU5anuY=","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test-city","retiredAt":null,"retiredBy":null,"retired":false}],"activeId":"gi45u0"}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402BWPK511R82', 2, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业511R82有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[{"kind":"failed_sampling","eventId":"fx-smp-nanhu-0","occurredAt":"2026-11-19T08:00:00+00:00"}],"licence":null,"dishonestyListing":null},"class":"high","reasons":[{"rule":"failed-sampling","evidenceEventIds":["fx-smp-nanhu-0"],"until":"2027-11-19T16:00:00+08:00"}],"reviewAt":"2027-11-19T16:00:00+08:00","history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-0"},{"at":"2026-11-20T08:00:00+00:00","class":"high","reasons":[{"rule":"failed-sampling","evidenceEventIds":["fx-smp-nanhu-0"],"until":"2027-11-19T16:00:00+08:00"}],"trigger":"fx-smp-nanhu-0"}],"lastAppliedSeq":19,"notificationVersion":2,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330402U6DRKWF94X', 2, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业KWF94X有限公司","townCode":"330402007","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[{"kind":"failed_sampling","eventId":"fx-smp-nanhu-1","occurredAt":"2026-11-19T08:00:00+00:00"}],"licence":null,"dishonestyListing":null},"class":"high","reasons":[{"rule":"failed-sampling","evidenceEventIds":["fx-smp-nanhu-1"],"until":"2027-11-19T16:00:00+08:00"}],"reviewAt":"2027-11-19T16:00:00+08:00","history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-nanhu-1"},{"at":"2026-11-20T08:00:00+00:00","class":"high","reasons":[{"rule":"failed-sampling","evidenceEventIds":["fx-smp-nanhu-1"],"until":"2027-11-19T16:00:00+08:00"}],"trigger":"fx-smp-nanhu-1"}],"lastAppliedSeq":20,"notificationVersion":2,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('IdentityDirectoryGrain', 'directory', 11, '{"accounts":{"admin":{"id":"admin","displayName":"系统管理员","role":"city_bureau","regionCode":"330400","isAdmin":true,"passwordHash":"pbkdf2-sha256$210000$XiRBMQN1EUtViGAV99TRaA==$0s6OHJRhyTbMI4O1k4is0ZBhYnAGeETntz56GVbio8c=","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"bootstrap"},"test-city":{"id":"test-city","displayName":"测试市局","role":"city_bureau","regionCode":"330400","isAdmin":true,"passwordHash":"pbkdf2-sha256$210000$pG57lPlYSMK1ZS1rzWd7zg==$jT1AdkqoeyjmhUSzwogT4NoaLVfmuDL9ER6RnIAo6po=","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test"},"test-ingest":{"id":"test-ingest","displayName":"测试接入","role":"ingest_client","regionCode":"330400","isAdmin":false,"passwordHash":null,"createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test"},"nanhu-chief":{"id":"nanhu-chief","displayName":"南湖区市场监管局质量科","role":"county_bureau","regionCode":"330402","isAdmin":false,"passwordHash":"pbkdf2-sha256$210000$vwOkOFlq4L0ZE/6llbRqtQ==$2F3I5kTiOt3Sf6JlwGl8HZFaKnpEpnYHyQpm+zgDVRQ=","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test-city"},"haiyan-feed":{"id":"haiyan-feed","displayName":"海盐县数据接入","role":"ingest_client","regionCode":"330400","isAdmin":false,"passwordHash":null,"createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test-city"}},"keys":{"testcity":{"keyId":"testcity","accountId":"test-city","secretHash":"4b32b5b902f8416636363f4858f7a73e3dbb3efb6b7115631033b2d0931b0b83","label":"tests","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test","revokedAt":null,"revokedBy":null,"revoked":false},"testingest":{"keyId":"testingest","accountId":"test-ingest","secretHash":"9419bf27f6916f932db65ae1693ee724ccd5d36cf6925a80c6e851a89e41b78a","label":"tests","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test","revokedAt":null,"revokedBy":null,"revoked":false},"753b3306c92b":{"keyId":"753b3306c92b","accountId":"nanhu-chief","secretHash":"e9753c1e23d139b967453fb599e242e5908cf710e9f219e8a60abeee8518fbd8","label":"desk","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test-city","revokedAt":null,"revokedBy":null,"revoked":false},"db32d57fd68e":{"keyId":"db32d57fd68e","accountId":"haiyan-feed","secretHash":"49e743346eb51873e2b475663575df349907635571a144a2290c8d38d2816b5a","label":"feed","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test-city","revokedAt":null,"revokedBy":null,"revoked":false},"638aa1489202":{"keyId":"638aa1489202","accountId":"haiyan-feed","secretHash":"32b9212ce36bc2bf03189f60fe6b7b0524bd6116ea465804b3331c734ab880d0","label":"old feed","createdAt":"2026-11-20T08:00:00+00:00","createdBy":"test-city","revokedAt":"2026-11-20T08:00:00+00:00","revokedBy":"test-city","revoked":true}}}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402CF412RXR6D', 1, '{"enterprise":{"uscc":"91330402CF412RXR6D","name":"嘉兴升级测试企业2RXR6D有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"91330402CF412RXR6D-00001","uscc":"91330402CF412RXR6D","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402CF412RXR6D-00003","uscc":"91330402CF412RXR6D","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402CF412RXR6D-00002","uscc":"91330402CF412RXR6D","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402FMXWU9NR4C', 1, '{"enterprise":{"uscc":"91330402FMXWU9NR4C","name":"嘉兴升级测试企业U9NR4C有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"91330402FMXWU9NR4C-00001","uscc":"91330402FMXWU9NR4C","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402FMXWU9NR4C-00003","uscc":"91330402FMXWU9NR4C","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402FMXWU9NR4C-00002","uscc":"91330402FMXWU9NR4C","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402E2GEYHTR9C', 1, '{"enterprise":{"uscc":"91330402E2GEYHTR9C","name":"嘉兴升级测试企业YHTR9C有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"91330402E2GEYHTR9C-00001","uscc":"91330402E2GEYHTR9C","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402E2GEYHTR9C-00003","uscc":"91330402E2GEYHTR9C","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402E2GEYHTR9C-00002","uscc":"91330402E2GEYHTR9C","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '913304022H1G7W295K', 1, '{"enterprise":{"uscc":"913304022H1G7W295K","name":"嘉兴升级测试企业7W295K有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"913304022H1G7W295K-00001","uscc":"913304022H1G7W295K","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"913304022H1G7W295K-00003","uscc":"913304022H1G7W295K","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"913304022H1G7W295K-00002","uscc":"913304022H1G7W295K","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '913304020YK3A5597X', 1, '{"enterprise":{"uscc":"913304020YK3A5597X","name":"嘉兴升级测试企业A5597X有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"913304020YK3A5597X-00001","uscc":"913304020YK3A5597X","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"913304020YK3A5597X-00003","uscc":"913304020YK3A5597X","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"913304020YK3A5597X-00002","uscc":"913304020YK3A5597X","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402H8AAQ1KR3Y', 1, '{"enterprise":{"uscc":"91330402H8AAQ1KR3Y","name":"嘉兴升级测试企业Q1KR3Y有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"91330402H8AAQ1KR3Y-00001","uscc":"91330402H8AAQ1KR3Y","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402H8AAQ1KR3Y-00003","uscc":"91330402H8AAQ1KR3Y","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402H8AAQ1KR3Y-00002","uscc":"91330402H8AAQ1KR3Y","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402XQT8GMC92D', 1, '{"enterprise":{"uscc":"91330402XQT8GMC92D","name":"嘉兴升级测试企业GMC92D有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"91330402XQT8GMC92D-00001","uscc":"91330402XQT8GMC92D","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402XQT8GMC92D-00003","uscc":"91330402XQT8GMC92D","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402XQT8GMC92D-00002","uscc":"91330402XQT8GMC92D","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402YC7MDD991N', 1, '{"enterprise":{"uscc":"91330402YC7MDD991N","name":"嘉兴升级测试企业DD991N有限公司","townCode":"330402007","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[],"products":[],"tasks":[{"id":"91330402YC7MDD991N-00001","uscc":"91330402YC7MDD991N","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402YC7MDD991N-00003","uscc":"91330402YC7MDD991N","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402YC7MDD991N-00002","uscc":"91330402YC7MDD991N","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330411LT1C76PY31', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业76PY31有限公司","townCode":"330411101","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-xiuzhou-2"}],"lastAppliedSeq":13,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330411LT1C76PY31', 1, '{"enterprise":{"uscc":"91330411LT1C76PY31","name":"嘉兴升级测试企业76PY31有限公司","townCode":"330411101","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330411","observations":[],"products":[],"tasks":[{"id":"91330411LT1C76PY31-00001","uscc":"91330411LT1C76PY31","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411LT1C76PY31-00003","uscc":"91330411LT1C76PY31","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411LT1C76PY31-00002","uscc":"91330411LT1C76PY31","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '913304114HA5QA9E55', 1, '{"enterprise":{"uscc":"913304114HA5QA9E55","name":"嘉兴升级测试企业QA9E55有限公司","townCode":"330411101","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330411","observations":[],"products":[],"tasks":[{"id":"913304114HA5QA9E55-00001","uscc":"913304114HA5QA9E55","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"913304114HA5QA9E55-00003","uscc":"913304114HA5QA9E55","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"913304114HA5QA9E55-00002","uscc":"913304114HA5QA9E55","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '9133041154PJM26E2C', 1, '{"enterprise":{"uscc":"9133041154PJM26E2C","name":"嘉兴升级测试企业M26E2C有限公司","townCode":"330411101","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330411","observations":[],"products":[],"tasks":[{"id":"9133041154PJM26E2C-00001","uscc":"9133041154PJM26E2C","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"9133041154PJM26E2C-00003","uscc":"9133041154PJM26E2C","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"9133041154PJM26E2C-00002","uscc":"9133041154PJM26E2C","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330424U5XNBJH40N', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业BJH40N有限公司","townCode":"330424001","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-haiyan-2"}],"lastAppliedSeq":17,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330411K8LYADTY7U', 2, '{"enterprise":{"uscc":"91330411K8LYADTY7U","name":"嘉兴升级测试企业ADTY7U有限公司","townCode":"330411101","monitored":true,"riskClass":"high","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330411","observations":[{"eventId":"fx-smp-xiuzhou-0","occurredAt":"2025-12-20T08:00:00+00:00","item":"sampling_failed","isClean":false}],"products":[],"tasks":[{"id":"91330411K8LYADTY7U-00006","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-26T03:30:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00004","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-28T02:00:00+00:00","basis":"高风险企业×一级风险产品（电线电缆）：加严监管，每年监督抽查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00001","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00007","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-01T23:00:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00003","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00005","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"高风险企业×一级风险产品（电线电缆）：加严监管，每年监督抽查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00008","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-07T18:30:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330411K8LYADTY7U-00002","uscc":"91330411K8LYADTY7U","countyCode":"330411","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":9,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330424BU7GWN3L5P', 1, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业WN3L5P有限公司","townCode":"330424001","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-haiyan-1"}],"lastAppliedSeq":16,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330424BU7GWN3L5P', 1, '{"enterprise":{"uscc":"91330424BU7GWN3L5P","name":"嘉兴升级测试企业WN3L5P有限公司","townCode":"330424001","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330424","observations":[],"products":[],"tasks":[{"id":"91330424BU7GWN3L5P-00001","uscc":"91330424BU7GWN3L5P","countyCode":"330424","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330424BU7GWN3L5P-00003","uscc":"91330424BU7GWN3L5P","countyCode":"330424","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330424BU7GWN3L5P-00002","uscc":"91330424BU7GWN3L5P","countyCode":"330424","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330424U5XNBJH40N', 1, '{"enterprise":{"uscc":"91330424U5XNBJH40N","name":"嘉兴升级测试企业BJH40N有限公司","townCode":"330424001","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330424","observations":[],"products":[],"tasks":[{"id":"91330424U5XNBJH40N-00001","uscc":"91330424U5XNBJH40N","countyCode":"330424","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330424U5XNBJH40N-00003","uscc":"91330424U5XNBJH40N","countyCode":"330424","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330424U5XNBJH40N-00002","uscc":"91330424U5XNBJH40N","countyCode":"330424","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330424TJG9ERL44B', 2, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业ERL44B有限公司","townCode":"330424001","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[],"licence":null,"dishonestyListing":null},"class":"low","reasons":[],"reviewAt":null,"history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-haiyan-0"}],"lastAppliedSeq":18,"notificationVersion":1,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330424TJG9ERL44B', 2, '{"enterprise":{"uscc":"91330424TJG9ERL44B","name":"嘉兴升级测试企业ERL44B有限公司","townCode":"330424001","monitored":true,"riskClass":"low","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330424","observations":[{"eventId":"fx-smp-haiyan-0","occurredAt":"2026-11-18T08:00:00+00:00","item":"sampling_passed","isClean":true}],"products":[],"tasks":[{"id":"91330424TJG9ERL44B-00001","uscc":"91330424TJG9ERL44B","countyCode":"330424","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330424TJG9ERL44B-00003","uscc":"91330424TJG9ERL44B","countyCode":"330424","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330424TJG9ERL44B-00002","uscc":"91330424TJG9ERL44B","countyCode":"330424","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":4,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402BWPK511R82', 2, '{"enterprise":{"uscc":"91330402BWPK511R82","name":"嘉兴升级测试企业511R82有限公司","townCode":"330402007","monitored":true,"riskClass":"high","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[{"eventId":"fx-smp-nanhu-0","occurredAt":"2026-11-19T08:00:00+00:00","item":"sampling_failed","isClean":false}],"products":[],"tasks":[{"id":"91330402BWPK511R82-00006","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-26T03:30:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00004","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-28T02:00:00+00:00","basis":"高风险企业×一级风险产品（电线电缆）：加严监管，每年监督抽查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00001","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00007","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-01T23:00:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00003","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00005","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"高风险企业×一级风险产品（电线电缆）：加严监管，每年监督抽查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00008","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-07T18:30:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402BWPK511R82-00002","uscc":"91330402BWPK511R82","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":9,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('SupervisionGrain', '91330402U6DRKWF94X', 2, '{"enterprise":{"uscc":"91330402U6DRKWF94X","name":"嘉兴升级测试企业KWF94X有限公司","townCode":"330402007","monitored":true,"riskClass":"high","products":[{"code":"0801","name":"电线电缆","grade":1}]},"countyCode":"330402","observations":[{"eventId":"fx-smp-nanhu-1","occurredAt":"2026-11-19T08:00:00+00:00","item":"sampling_failed","isClean":false}],"products":[],"tasks":[{"id":"91330402U6DRKWF94X-00006","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-26T03:30:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00004","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-28T02:00:00+00:00","basis":"高风险企业×一级风险产品（电线电缆）：加严监管，每年监督抽查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00001","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-11-30T16:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00007","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-01T23:00:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00003","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"低风险企业×一级风险产品：日常监管，每年现场检查1次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00005","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-05T20:00:00+00:00","basis":"高风险企业×一级风险产品（电线电缆）：加严监管，每年监督抽查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00008","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"inspection","productCode":null,"grade":1,"mode":"strict","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-07T18:30:00+00:00","basis":"高风险企业×一级风险产品：加严监管，每年现场检查4次","followsTaskId":null,"outcome":null,"isOpen":true},{"id":"91330402U6DRKWF94X-00002","uscc":"91330402U6DRKWF94X","countyCode":"330402","kind":"sampling","productCode":"0801","grade":1,"mode":"routine","plannedAt":"2026-11-20T08:00:00+00:00","due":"2026-12-11T00:00:00+00:00","basis":"低风险企业×一级风险产品（电线电缆）：日常监管，每年监督抽查2次","followsTaskId":null,"outcome":null,"isOpen":true}],"nextTaskNumber":9,"replanAt":"2027-01-01T00:00:00+08:00","mapStatus":null,"mapTown":null,"appliedSeq":0}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('WarningGrain', '330402-0001', 5, '{"countyCode":"330402","cityCode":"330400","level":"red","status":"open","stage":"rectifying","raisedAt":"2026-11-20T08:00:00+00:00","investigationsRecorded":1,"liftDocumentNo":null,"appliedSeq":24,"history":[{"at":"2026-11-20T08:00:00+00:00","action":"raised","actor":"system","detail":"南湖区橙色：10家监测企业中1家为高风险（10%）","stage":"awaiting_plan","seq":0},{"at":"2026-11-20T08:00:00+00:00","action":"escalated","actor":"system","detail":"南湖区红色：10家监测企业中2家为高风险（20%）","stage":"awaiting_plan","seq":0},{"at":"2026-11-20T08:00:00+00:00","action":"plan_filed","actor":"nanhu-chief","detail":"提交整治方案 南市监〔2026〕1号：整治方案","stage":"plan_under_review","seq":22},{"at":"2026-11-20T08:00:00+00:00","action":"plan_reviewed","actor":"test-city","detail":"整治方案审核通过。同意","stage":"rectifying","seq":23},{"at":"2026-11-20T08:00:00+00:00","action":"investigation_recorded","actor":"nanhu-chief","detail":"排查企业10家：排查辖区10家生产企业","stage":"rectifying","seq":24}]}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('RegionGrain', '330402', 5, '{"warningsRaised":1,"openWarning":{"id":"330402-0001","countyCode":"330402","level":"red","status":"open","raisedAt":"2026-11-20T08:00:00+00:00","stage":"rectifying"},"warningIds":["330402-0001"]}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('EnterpriseGrain', '91330411K8LYADTY7U', 2, '{"registered":true,"closed":false,"name":"嘉兴升级测试企业ADTY7U有限公司","townCode":"330411101","products":[{"code":"0801","name":"电线电缆","grade":1}],"licenceNo":"XK06-001-00001","facts":{"dated":[{"kind":"failed_sampling","eventId":"fx-smp-xiuzhou-0","occurredAt":"2025-12-20T08:00:00+00:00"}],"licence":null,"dishonestyListing":null},"class":"high","reasons":[{"rule":"failed-sampling","evidenceEventIds":["fx-smp-xiuzhou-0"],"until":"2026-12-20T16:00:00+08:00"}],"reviewAt":"2026-12-20T16:00:00+08:00","history":[{"at":"2026-11-20T08:00:00+00:00","class":"low","reasons":[],"trigger":"fx-reg-xiuzhou-0"},{"at":"2026-11-20T08:00:00+00:00","class":"high","reasons":[{"rule":"failed-sampling","evidenceEventIds":["fx-smp-xiuzhou-0"],"until":"2026-12-20T16:00:00+08:00"}],"trigger":"fx-smp-xiuzhou-0"}],"lastAppliedSeq":21,"notificationVersion":2,"monitored":true}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('WarningGrain', '330411-0001', 1, '{"countyCode":"330411","cityCode":"330400","level":"red","status":"open","stage":"awaiting_plan","raisedAt":"2026-11-20T08:00:00+00:00","investigationsRecorded":0,"liftDocumentNo":null,"appliedSeq":0,"history":[{"at":"2026-11-20T08:00:00+00:00","action":"raised","actor":"system","detail":"秀洲区红色：4家监测企业中1家为高风险（25%）","stage":"awaiting_plan","seq":0}]}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('RegionGrain', '330411', 1, '{"warningsRaised":1,"openWarning":{"id":"330411-0001","countyCode":"330411","level":"red","status":"open","raisedAt":"2026-11-20T08:00:00+00:00","stage":"awaiting_plan"},"warningIds":["330411-0001"]}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('AlertsGrain', '330411', 2, '{"lastSeq":2,"alerts":[{"seq":1,"id":"330411-1","key":"town:330411101:red","regionCode":"330411","kind":"town_red","title":"王江泾镇变为红色","detail":"王江泾镇红色：4家监测企业中1家为高风险（25%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":0,"acknowledgedBy":null,"acknowledgedAt":null,"resentAt":null,"escalatedAt":null,"acknowledged":false},{"seq":2,"id":"330411-2","key":"warning:330411-0001:raised","regionCode":"330411","kind":"warning_raised","title":"秀洲区被发出红色预警（330411-0001）","detail":"秀洲区红色：4家监测企业中1家为高风险（25%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":0,"acknowledgedBy":null,"acknowledgedAt":null,"resentAt":null,"escalatedAt":null,"acknowledged":false}],"activeKeys":["town:330411101:red","warning:330411-0001:raised"]}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('AlertsGrain', '330400', 1, '{"lastSeq":1,"alerts":[{"seq":1,"id":"330400-1","key":"warning:330402-0001:plan_filed:22","regionCode":"330400","kind":"plan_filed","title":"南湖区提交了整治方案（330402-0001）","detail":"请审核整治方案。","raisedAt":"2026-11-20T08:00:00+00:00","revision":0,"acknowledgedBy":null,"acknowledgedAt":null,"resentAt":null,"escalatedAt":null,"acknowledged":false}],"activeKeys":["warning:330402-0001:plan_filed:22"]}', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.grain_state VALUES ('AlertsGrain', '330402', 5, '{"lastSeq":4,"alerts":[{"seq":1,"id":"330402-1","key":"town:330402007:orange","regionCode":"330402","kind":"town_orange","title":"建设街道变为橙色","detail":"建设街道橙色：10家监测企业中1家为高风险（10%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":0,"acknowledgedBy":null,"acknowledgedAt":null,"resentAt":null,"escalatedAt":null,"acknowledged":false},{"seq":2,"id":"330402-2","key":"warning:330402-0001:raised","regionCode":"330402","kind":"warning_raised","title":"南湖区被发出橙色预警（330402-0001）","detail":"南湖区橙色：10家监测企业中1家为高风险（10%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":1,"acknowledgedBy":"nanhu-chief","acknowledgedAt":"2026-11-20T08:00:00+00:00","resentAt":null,"escalatedAt":null,"acknowledged":true},{"seq":3,"id":"330402-3","key":"town:330402007:red","regionCode":"330402","kind":"town_red","title":"建设街道变为红色","detail":"建设街道红色：10家监测企业中2家为高风险（20%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":0,"acknowledgedBy":null,"acknowledgedAt":null,"resentAt":null,"escalatedAt":null,"acknowledged":false},{"seq":4,"id":"330402-4","key":"warning:330402-0001:escalated","regionCode":"330402","kind":"warning_escalated","title":"南湖区预警升级为红色（330402-0001）","detail":"南湖区红色：10家监测企业中2家为高风险（20%）","raisedAt":"2026-11-20T08:00:00+00:00","revision":0,"acknowledgedBy":null,"acknowledgedAt":null,"resentAt":null,"escalatedAt":null,"acknowledged":false}],"activeKeys":["town:330402007:orange","warning:330402-0001:raised","town:330402007:red","warning:330402-0001:escalated"]}', '2026-11-20T08:00:00.0000000Z');


--
-- Data for Name: journal; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.journal VALUES (1, 'fx-reg-nanhu-0', 'enterprise_registered', '91330402BWPK511R82', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1A511R82\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-0","uscc":"91330402BWPK511R82","occurredAt":"2026-10-21T08:00:00+00:00"}', '0000000000000000000000000000000000000000000000000000000000000000', 'dd4c80d9729199ca90e0b2ea518fe73b1ba153a00e48dc3062df5495ab555f82');
INSERT INTO public.journal VALUES (2, 'fx-reg-nanhu-1', 'enterprise_registered', '91330402U6DRKWF94X', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AKWF94X\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-1","uscc":"91330402U6DRKWF94X","occurredAt":"2026-10-21T08:00:00+00:00"}', 'dd4c80d9729199ca90e0b2ea518fe73b1ba153a00e48dc3062df5495ab555f82', '89afdc24d120b43c1615d6350433d8e39805ef573e496f3b256ccd65ebd36be4');
INSERT INTO public.journal VALUES (3, 'fx-reg-nanhu-2', 'enterprise_registered', '91330402CF412RXR6D', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1A2RXR6D\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-2","uscc":"91330402CF412RXR6D","occurredAt":"2026-10-21T08:00:00+00:00"}', '89afdc24d120b43c1615d6350433d8e39805ef573e496f3b256ccd65ebd36be4', '1d09ffa7e8d39b350253d3ce0ad7ed2e37d753b40b3c28884642ad654f092e58');
INSERT INTO public.journal VALUES (4, 'fx-reg-nanhu-3', 'enterprise_registered', '91330402XQT8GMC92D', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AGMC92D\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-3","uscc":"91330402XQT8GMC92D","occurredAt":"2026-10-21T08:00:00+00:00"}', '1d09ffa7e8d39b350253d3ce0ad7ed2e37d753b40b3c28884642ad654f092e58', '355863daac8f555c9aad1e87ae9eaf4c39c1f749de35240e1df1122fc7e878d8');
INSERT INTO public.journal VALUES (5, 'fx-reg-nanhu-4', 'enterprise_registered', '91330402E2GEYHTR9C', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AYHTR9C\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-4","uscc":"91330402E2GEYHTR9C","occurredAt":"2026-10-21T08:00:00+00:00"}', '355863daac8f555c9aad1e87ae9eaf4c39c1f749de35240e1df1122fc7e878d8', '4c8961ea8999dd035f46ebc8e3351c0703eea5fdc94b03e93c6cf8c6433d56a3');
INSERT INTO public.journal VALUES (6, 'fx-reg-nanhu-5', 'enterprise_registered', '91330402YC7MDD991N', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1ADD991N\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-5","uscc":"91330402YC7MDD991N","occurredAt":"2026-10-21T08:00:00+00:00"}', '4c8961ea8999dd035f46ebc8e3351c0703eea5fdc94b03e93c6cf8c6433d56a3', 'e3b9e370e6b5fb90befd834944887cdaee8efce31bf2013d4c05e8a4b2d77e5f');
INSERT INTO public.journal VALUES (7, 'fx-reg-nanhu-6', 'enterprise_registered', '91330402FMXWU9NR4C', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AU9NR4C\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-6","uscc":"91330402FMXWU9NR4C","occurredAt":"2026-10-21T08:00:00+00:00"}', 'e3b9e370e6b5fb90befd834944887cdaee8efce31bf2013d4c05e8a4b2d77e5f', '36946a36d9a555aac585299b6fd91389772b062bb7c0c60bf5dcb50f39440099');
INSERT INTO public.journal VALUES (8, 'fx-reg-nanhu-7', 'enterprise_registered', '913304020YK3A5597X', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AA5597X\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-7","uscc":"913304020YK3A5597X","occurredAt":"2026-10-21T08:00:00+00:00"}', '36946a36d9a555aac585299b6fd91389772b062bb7c0c60bf5dcb50f39440099', '741a773905930115250e2ef6e50397521e081de3e07e627376d5fb5385f450f0');
INSERT INTO public.journal VALUES (9, 'fx-reg-nanhu-8', 'enterprise_registered', '91330402H8AAQ1KR3Y', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AQ1KR3Y\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-8","uscc":"91330402H8AAQ1KR3Y","occurredAt":"2026-10-21T08:00:00+00:00"}', '741a773905930115250e2ef6e50397521e081de3e07e627376d5fb5385f450f0', '34bdf30c0dd49a8755fb5181463fb454260c624068fb59148b27f5a8ffe4e6b8');
INSERT INTO public.journal VALUES (10, 'fx-reg-nanhu-9', 'enterprise_registered', '913304022H1G7W295K', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1A7W295K\u6709\u9650\u516C\u53F8","townCode":"330402007","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-nanhu-9","uscc":"913304022H1G7W295K","occurredAt":"2026-10-21T08:00:00+00:00"}', '34bdf30c0dd49a8755fb5181463fb454260c624068fb59148b27f5a8ffe4e6b8', '2923e5a8ec03f0ff471d8a14893bcf57a8e300c31be3cc09a787809fc23af655');
INSERT INTO public.journal VALUES (11, 'fx-reg-xiuzhou-0', 'enterprise_registered', '91330411K8LYADTY7U', '2025-10-16T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AADTY7U\u6709\u9650\u516C\u53F8","townCode":"330411101","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-xiuzhou-0","uscc":"91330411K8LYADTY7U","occurredAt":"2025-10-16T08:00:00+00:00"}', '2923e5a8ec03f0ff471d8a14893bcf57a8e300c31be3cc09a787809fc23af655', 'cb09a21b6712b156cd1ad67924cac40f01a53f8fb3a82e82c79d8f8ef8160037');
INSERT INTO public.journal VALUES (12, 'fx-reg-xiuzhou-1', 'enterprise_registered', '913304114HA5QA9E55', '2025-10-16T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AQA9E55\u6709\u9650\u516C\u53F8","townCode":"330411101","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-xiuzhou-1","uscc":"913304114HA5QA9E55","occurredAt":"2025-10-16T08:00:00+00:00"}', 'cb09a21b6712b156cd1ad67924cac40f01a53f8fb3a82e82c79d8f8ef8160037', '701aac9cf355f1a0538ef566ab1e7b986027abb6a9fed1527690154aac551126');
INSERT INTO public.journal VALUES (13, 'fx-reg-xiuzhou-2', 'enterprise_registered', '91330411LT1C76PY31', '2025-10-16T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1A76PY31\u6709\u9650\u516C\u53F8","townCode":"330411101","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-xiuzhou-2","uscc":"91330411LT1C76PY31","occurredAt":"2025-10-16T08:00:00+00:00"}', '701aac9cf355f1a0538ef566ab1e7b986027abb6a9fed1527690154aac551126', 'bec8a9621bfac2e6b47b5f308d53a65d592c262a4951b7850ca863f3a1d20843');
INSERT INTO public.journal VALUES (14, 'fx-reg-xiuzhou-3', 'enterprise_registered', '9133041154PJM26E2C', '2025-10-16T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AM26E2C\u6709\u9650\u516C\u53F8","townCode":"330411101","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-xiuzhou-3","uscc":"9133041154PJM26E2C","occurredAt":"2025-10-16T08:00:00+00:00"}', 'bec8a9621bfac2e6b47b5f308d53a65d592c262a4951b7850ca863f3a1d20843', 'c47e253bb97069ea18e73d5dd6c514a7c0676bf1137bedfb8728cd06481cbb69');
INSERT INTO public.journal VALUES (15, 'fx-reg-haiyan-0', 'enterprise_registered', '91330424TJG9ERL44B', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AERL44B\u6709\u9650\u516C\u53F8","townCode":"330424001","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-haiyan-0","uscc":"91330424TJG9ERL44B","occurredAt":"2026-10-21T08:00:00+00:00"}', 'c47e253bb97069ea18e73d5dd6c514a7c0676bf1137bedfb8728cd06481cbb69', '52b352f087962044573e0feb4b234d246d0f4ba74ce6b1c4b12e94ba0909dc23');
INSERT INTO public.journal VALUES (16, 'fx-reg-haiyan-1', 'enterprise_registered', '91330424BU7GWN3L5P', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1AWN3L5P\u6709\u9650\u516C\u53F8","townCode":"330424001","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-haiyan-1","uscc":"91330424BU7GWN3L5P","occurredAt":"2026-10-21T08:00:00+00:00"}', '52b352f087962044573e0feb4b234d246d0f4ba74ce6b1c4b12e94ba0909dc23', '3c543611001f77728844e0082e7fb7d81d579e0598b411612b8f1a3f0ec08e3c');
INSERT INTO public.journal VALUES (17, 'fx-reg-haiyan-2', 'enterprise_registered', '91330424U5XNBJH40N', '2026-10-21T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"enterprise_registered","name":"\u5609\u5174\u5347\u7EA7\u6D4B\u8BD5\u4F01\u4E1ABJH40N\u6709\u9650\u516C\u53F8","townCode":"330424001","products":[{"code":"0801","name":"\u7535\u7EBF\u7535\u7F06","grade":1}],"licenceNo":"XK06-001-00001","eventId":"fx-reg-haiyan-2","uscc":"91330424U5XNBJH40N","occurredAt":"2026-10-21T08:00:00+00:00"}', '3c543611001f77728844e0082e7fb7d81d579e0598b411612b8f1a3f0ec08e3c', '3a06e4603f66ae3259378864f884f6ac57890fb056a745b32672a0a3e4229218');
INSERT INTO public.journal VALUES (18, 'fx-smp-haiyan-0', 'sampling_result', '91330424TJG9ERL44B', '2026-11-18T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"sampling_result","batchNo":"CC-fx-smp-haiyan-0","productCode":"0801","passed":true,"eventId":"fx-smp-haiyan-0","uscc":"91330424TJG9ERL44B","occurredAt":"2026-11-18T08:00:00+00:00"}', '3a06e4603f66ae3259378864f884f6ac57890fb056a745b32672a0a3e4229218', '70b09a33a617ceacfe118f53107bfbc7375c684f10930a6087bdc79195a28031');
INSERT INTO public.journal VALUES (19, 'fx-smp-nanhu-0', 'sampling_result', '91330402BWPK511R82', '2026-11-19T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"sampling_result","batchNo":"CC-fx-smp-nanhu-0","productCode":"0801","passed":false,"eventId":"fx-smp-nanhu-0","uscc":"91330402BWPK511R82","occurredAt":"2026-11-19T08:00:00+00:00"}', '70b09a33a617ceacfe118f53107bfbc7375c684f10930a6087bdc79195a28031', '3a974a4dfe74c9d23ce9014078a72edcf90affe402828edeec1308ab2da2afc2');
INSERT INTO public.journal VALUES (20, 'fx-smp-nanhu-1', 'sampling_result', '91330402U6DRKWF94X', '2026-11-19T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"sampling_result","batchNo":"CC-fx-smp-nanhu-1","productCode":"0801","passed":false,"eventId":"fx-smp-nanhu-1","uscc":"91330402U6DRKWF94X","occurredAt":"2026-11-19T08:00:00+00:00"}', '3a974a4dfe74c9d23ce9014078a72edcf90affe402828edeec1308ab2da2afc2', '3e87eb305a326a9381781347329228061c8fd177fa069c08e6846478805d78f5');
INSERT INTO public.journal VALUES (21, 'fx-smp-xiuzhou-0', 'sampling_result', '91330411K8LYADTY7U', '2025-12-20T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"kind":"sampling_result","batchNo":"CC-fx-smp-xiuzhou-0","productCode":"0801","passed":false,"eventId":"fx-smp-xiuzhou-0","uscc":"91330411K8LYADTY7U","occurredAt":"2025-12-20T08:00:00+00:00"}', '3e87eb305a326a9381781347329228061c8fd177fa069c08e6846478805d78f5', '385f01f937e8fce400e29830499a33f358cb8bb5e9069a007f8bc3c6583dfb62');
INSERT INTO public.journal VALUES (22, 'warning-step:13b5937b8f264f4cbe658137b5e4792c', 'warning_step', '330402-0001', '2026-11-20T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"warningId":"330402-0001","command":{"action":"plan_filed","documentNo":"\u5357\u5E02\u76D1\u30142026\u30151\u53F7","summary":"\u6574\u6CBB\u65B9\u6848","by":{"actorId":"nanhu-chief","level":"county","regionCode":"330402"}},"stage":"plan_under_review","detail":"\u63D0\u4EA4\u6574\u6CBB\u65B9\u6848 \u5357\u5E02\u76D1\u30142026\u30151\u53F7\uFF1A\u6574\u6CBB\u65B9\u6848","at":"2026-11-20T08:00:00+00:00"}', '385f01f937e8fce400e29830499a33f358cb8bb5e9069a007f8bc3c6583dfb62', 'd7a1bca637ae64513e6699d133777354cb6ede7582ff6fbbf80b97671a1ff01a');
INSERT INTO public.journal VALUES (23, 'warning-step:8ee0c228877b43dc80ebd899268514ee', 'warning_step', '330402-0001', '2026-11-20T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"warningId":"330402-0001","command":{"action":"plan_reviewed","accepted":true,"comment":"\u540C\u610F","by":{"actorId":"test-city","level":"city","regionCode":"330400"}},"stage":"rectifying","detail":"\u6574\u6CBB\u65B9\u6848\u5BA1\u6838\u901A\u8FC7\u3002\u540C\u610F","at":"2026-11-20T08:00:00+00:00"}', 'd7a1bca637ae64513e6699d133777354cb6ede7582ff6fbbf80b97671a1ff01a', '105b3cae2f3964832f6662dc32a6232551d620e0ac29e6843c1fc67d5aac982e');
INSERT INTO public.journal VALUES (24, 'warning-step:b122107dbb3a4022b555ce50f0bd887e', 'warning_step', '330402-0001', '2026-11-20T08:00:00.0000000Z', '2026-11-20T08:00:00.0000000Z', '{"warningId":"330402-0001","command":{"action":"investigation_recorded","enterprisesInvestigated":10,"summary":"\u6392\u67E5\u8F96\u533A10\u5BB6\u751F\u4EA7\u4F01\u4E1A","by":{"actorId":"nanhu-chief","level":"county","regionCode":"330402"}},"stage":"rectifying","detail":"\u6392\u67E5\u4F01\u4E1A10\u5BB6\uFF1A\u6392\u67E5\u8F96\u533A10\u5BB6\u751F\u4EA7\u4F01\u4E1A","at":"2026-11-20T08:00:00+00:00"}', '105b3cae2f3964832f6662dc32a6232551d620e0ac29e6843c1fc67d5aac982e', '4c5951e7e865ede99ccbaa9a90b20cfb67d7fca7628e7f7a5bc9ef7d31885014');


--
-- Data for Name: orleansmembershiptable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansmembershipversiontable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansquery; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansquery VALUES ('WriteToStorageKey', '
SELECT NewGrainStateVersion FROM orleans_write_to_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
    @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);');
INSERT INTO public.orleansquery VALUES ('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId;');
INSERT INTO public.orleansquery VALUES ('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = now() AT TIME ZONE ''utc'', Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;');
INSERT INTO public.orleansquery VALUES ('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;');
INSERT INTO public.orleansquery VALUES ('InsertMembershipVersionKey', '
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM inserted;');
INSERT INTO public.orleansquery VALUES ('InsertMembershipKey', '
SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
    @ProxyPort, @StartTime, @IAmAliveTime, @Version);');
INSERT INTO public.orleansquery VALUES ('UpdateMembershipKey', '
SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
    @IAmAliveTime, @Version);');
INSERT INTO public.orleansquery VALUES ('UpdateIAmAlivetimeKey', '
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;');
INSERT INTO public.orleansquery VALUES ('MembershipReadRowKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;');
INSERT INTO public.orleansquery VALUES ('MembershipReadAllKey', '
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;');
INSERT INTO public.orleansquery VALUES ('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;');
INSERT INTO public.orleansquery VALUES ('DeleteMembershipTableEntriesKey', '
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;');
INSERT INTO public.orleansquery VALUES ('CleanupDefunctSiloEntriesKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;');
INSERT INTO public.orleansquery VALUES ('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
    Version = r.Version + 1
RETURNING r.Version AS Version;');
INSERT INTO public.orleansquery VALUES ('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;');
INSERT INTO public.orleansquery VALUES ('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;');
INSERT INTO public.orleansquery VALUES ('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;');
INSERT INTO public.orleansquery VALUES ('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);');
INSERT INTO public.orleansquery VALUES ('DeleteReminderRowKey', '
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1)
SELECT count(*)::integer FROM deleted;');
INSERT INTO public.orleansquery VALUES ('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;');


--
-- Data for Name: orleansreminderstable; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: orleansstorage; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reminders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402BWPK511R82', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402U6DRKWF94X', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '913304022H1G7W295K', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402E2GEYHTR9C', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402FMXWU9NR4C', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402CF412RXR6D', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '913304020YK3A5597X', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402H8AAQ1KR3Y', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402XQT8GMC92D', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330402YC7MDD991N', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('CountySupervisionGrain', '330402', 'task-digest', '2026-11-21T00:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330411K8LYADTY7U', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330411LT1C76PY31', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '913304114HA5QA9E55', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '9133041154PJM26E2C', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('CountySupervisionGrain', '330411', 'task-digest', '2026-11-21T00:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330424TJG9ERL44B', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330424BU7GWN3L5P', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('SupervisionGrain', '91330424U5XNBJH40N', 'replan', '2026-12-31T16:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('CountySupervisionGrain', '330424', 'task-digest', '2026-11-21T00:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('EnterpriseGrain', '91330402BWPK511R82', 'review', '2027-11-19T08:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330402', 'resend:330402-1', '2026-11-20T08:30:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330402', 'escalate:330402-1', '2026-11-20T10:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('EnterpriseGrain', '91330402U6DRKWF94X', 'review', '2027-11-19T08:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330402', 'resend:330402-3', '2026-11-20T08:30:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330402', 'escalate:330402-3', '2026-11-20T10:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330402', 'resend:330402-4', '2026-11-20T08:30:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330402', 'escalate:330402-4', '2026-11-20T10:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('EnterpriseGrain', '91330411K8LYADTY7U', 'review', '2026-12-20T08:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('WarningGrain', '330411-0001', 'deadline-approaching', '2026-12-02T08:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330411', 'resend:330411-1', '2026-11-20T08:30:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330411', 'escalate:330411-1', '2026-11-20T10:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('WarningGrain', '330411-0001', 'deadline-passed', '2026-12-05T08:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330411', 'resend:330411-2', '2026-11-20T08:30:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330411', 'escalate:330411-2', '2026-11-20T10:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330400', 'resend:330400-1', '2026-11-20T08:30:00.0000000Z');
INSERT INTO public.reminders VALUES ('AlertsGrain', '330400', 'escalate:330400-1', '2026-11-20T10:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('WarningGrain', '330402-0001', 'deadline-approaching', '2027-02-15T08:00:00.0000000Z');
INSERT INTO public.reminders VALUES ('WarningGrain', '330402-0001', 'deadline-passed', '2027-02-18T08:00:00.0000000Z');


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1, 'postgres-0001-initial.sql', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.schema_version VALUES (2, 'postgres-0002-audit.sql', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.schema_version VALUES (3, 'postgres-0003-session-keys.sql', '2026-11-20T08:00:00.0000000Z');
INSERT INTO public.schema_version VALUES (4, 'postgres-0004-orleans.sql', '2026-11-20T08:00:00.0000000Z');


--
-- Data for Name: session_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.session_keys VALUES ('key-77bbfc19-0182-4400-b8a6-28510116650c', '<key id="77bbfc19-0182-4400-b8a6-28510116650c" version="1"><creationDate>2026-12-06T21:16:13.07112Z</creationDate><activationDate>2026-12-06T21:16:13.07112Z</activationDate><expirationDate>2027-03-06T21:16:13.07112Z</expirationDate><descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60"><descriptor><encryption algorithm="AES_256_CBC" /><validation algorithm="HMACSHA256" /><masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection"><!-- Warning: the key below is in an unencrypted form. --><value>K9YV2ZqlSng3C6MrLtof2jyKVZI0qMwwHKFvo1HSIGTeFi6ZlOL6atCbWi/8nAgaYBTiHNaNqB+NCNRYSgYNfw==</value></masterKey></descriptor></descriptor></key>', '2026-11-20T08:00:00.0000000Z');


--
-- Name: audit_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_seq_seq', 9, true);


--
-- Name: audit audit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit
    ADD CONSTRAINT audit_pkey PRIMARY KEY (seq);


--
-- Name: checkpoints checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkpoints
    ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (name);


--
-- Name: grain_state grain_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grain_state
    ADD CONSTRAINT grain_state_pkey PRIMARY KEY (grain_type, grain_key);


--
-- Name: journal journal_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal
    ADD CONSTRAINT journal_event_id_key UNIQUE (event_id);


--
-- Name: journal journal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal
    ADD CONSTRAINT journal_pkey PRIMARY KEY (seq);


--
-- Name: orleansquery orleansquery_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansquery
    ADD CONSTRAINT orleansquery_key PRIMARY KEY (querykey);


--
-- Name: orleansmembershiptable pk_membershiptable_deploymentid; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershiptable
    ADD CONSTRAINT pk_membershiptable_deploymentid PRIMARY KEY (deploymentid, address, port, generation);


--
-- Name: orleansmembershipversiontable pk_orleansmembershipversiontable_deploymentid; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershipversiontable
    ADD CONSTRAINT pk_orleansmembershipversiontable_deploymentid PRIMARY KEY (deploymentid);


--
-- Name: orleansreminderstable pk_reminderstable_serviceid_grainid_remindername; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansreminderstable
    ADD CONSTRAINT pk_reminderstable_serviceid_grainid_remindername PRIMARY KEY (serviceid, grainid, remindername);


--
-- Name: reminders reminders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reminders
    ADD CONSTRAINT reminders_pkey PRIMARY KEY (grain_type, grain_key, name);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: session_keys session_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_keys
    ADD CONSTRAINT session_keys_pkey PRIMARY KEY (name);


--
-- Name: ix_journal_kind_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_kind_subject ON public.journal USING btree (kind, subject);


--
-- Name: ix_journal_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_journal_subject ON public.journal USING btree (subject, seq);


--
-- Name: ix_orleansstorage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_orleansstorage ON public.orleansstorage USING btree (grainidhash, graintypehash);


--
-- Name: ix_reminderstable_grainhash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_reminderstable_grainhash ON public.orleansreminderstable USING btree (serviceid, grainhash);


--
-- Name: audit audit_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON public.audit FOR EACH STATEMENT EXECUTE FUNCTION public.audit_append_only();


--
-- Name: audit audit_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_no_update BEFORE DELETE OR UPDATE ON public.audit FOR EACH ROW EXECUTE FUNCTION public.audit_append_only();


--
-- Name: journal journal_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON public.journal FOR EACH STATEMENT EXECUTE FUNCTION public.journal_append_only();


--
-- Name: journal journal_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER journal_no_update BEFORE DELETE OR UPDATE ON public.journal FOR EACH ROW EXECUTE FUNCTION public.journal_append_only();


--
-- Name: orleansmembershiptable fk_membershiptable_membershipversiontable_deploymentid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansmembershiptable
    ADD CONSTRAINT fk_membershiptable_membershipversiontable_deploymentid FOREIGN KEY (deploymentid) REFERENCES public.orleansmembershipversiontable(deploymentid);


--
-- PostgreSQL database dump complete
--

\unrestrict qualitymapfixture

