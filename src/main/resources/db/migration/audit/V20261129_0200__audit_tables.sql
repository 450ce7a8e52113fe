-- The audit trail (docs/audit.md): records, their SM3 hash chain (seals), SM2-signed checkpoints of the chain head,
-- and the anchors that retention purges leave behind. Append-only for the runtime role: it may read and insert, never
-- update, delete or truncate (the default privileges of V20261129_0100 granted UPDATE and DELETE: revoked below).

-- CACHE 1 (the default) matters: the sealing job reads last_value as the highest number handed out (docs/audit.md).
CREATE SEQUENCE audit_record_seq AS BIGINT CACHE 1;

CREATE TABLE audit_record (
    seq            BIGINT      NOT NULL PRIMARY KEY,
    id             UUID        NOT NULL UNIQUE,
    occurred_at    TIMESTAMPTZ NOT NULL,
    type           TEXT        NOT NULL,
    actor_id       TEXT        NOT NULL,
    actor_role     TEXT,
    actor_office   TEXT,
    object_type    TEXT,
    object_id      TEXT,
    before_state   TEXT,
    after_state    TEXT,
    reason         TEXT,
    source_address TEXT,
    bulk_count     BIGINT CHECK (bulk_count >= 0),
    bulk_digest    BYTEA CHECK (octet_length(bulk_digest) = 32),
    CHECK ((bulk_count IS NULL) = (bulk_digest IS NULL))
);
CREATE INDEX audit_record_object_idx ON audit_record (object_type, object_id, seq);
CREATE INDEX audit_record_occurred_at_idx ON audit_record (occurred_at);

-- seq and occurred_at come from the database, never from the application: the sequence (so numbers follow insertion)
-- and the database clock (one clock for every node). The transaction id is taken BEFORE the number, so that any
-- transaction holding a number has an older transaction id than one the sealing job takes afterwards: that is how the
-- job knows every number up to a horizon is settled (committed or rolled back for good). Only the owner (repairs,
-- tests) may give its own seq; the runtime role's values are always overwritten.
CREATE FUNCTION audit_record_assign() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NEW.seq IS NULL OR session_user = '${runtimeRole}' THEN
        PERFORM pg_current_xact_id();
        NEW.seq := nextval('public.audit_record_seq');
        NEW.occurred_at := clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_record_assign BEFORE INSERT ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_assign();

-- hash(n) = SM3(hash(prev_seq) || canonical bytes of record n); prev_seq is the previous sealed seq (numbers that were
-- rolled back are never sealed and are skipped), 0 with 32 zero bytes before the first record.
CREATE TABLE audit_seal (
    seq       BIGINT      NOT NULL PRIMARY KEY,
    prev_seq  BIGINT      NOT NULL CHECK (prev_seq < seq),
    record_id UUID        NOT NULL UNIQUE,
    hash      BYTEA       NOT NULL CHECK (octet_length(hash) = 32),
    sealed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- signature = SM2 over 'LXAC1|<up_to_seq>|<head_hash hex>|<created_at in epoch microseconds>' (UTF-8)
CREATE TABLE audit_checkpoint (
    up_to_seq        BIGINT      NOT NULL PRIMARY KEY,
    head_hash        BYTEA       NOT NULL CHECK (octet_length(head_hash) = 32),
    created_at       TIMESTAMPTZ NOT NULL,
    signature        BYTEA       NOT NULL,
    verification_key TEXT        NOT NULL
);

-- What a retention purge removed: records and seals up to up_to_seq, which is always a checkpoint's; head_hash is that
-- checkpoint's head, from which verification restarts.
CREATE TABLE audit_purge (
    up_to_seq      BIGINT      NOT NULL PRIMARY KEY,
    head_hash      BYTEA       NOT NULL CHECK (octet_length(head_hash) = 32),
    cutoff         TIMESTAMPTZ NOT NULL,
    records_purged BIGINT      NOT NULL,
    purged_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Removes the oldest records: only sealed ones, older than the cutoff, up to (and including) a checkpoint. The prefix
-- stops before the first record (in seq order) that is not older than the cutoff. Returns how many records went.
CREATE FUNCTION audit_purge_before(cutoff TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    boundary  BIGINT;
    head      BYTEA;
    last_done BIGINT;
    removed   BIGINT;
BEGIN
    -- one purge at a time, and never while the sealing job extends the chain (same key as AuditSealer)
    PERFORM pg_advisory_xact_lock(7305040153418106689);
    SELECT coalesce(max(up_to_seq), 0) INTO last_done FROM audit_purge;
    SELECT c.up_to_seq, c.head_hash INTO boundary, head
      FROM audit_checkpoint c
     WHERE c.up_to_seq > last_done
       AND c.up_to_seq < coalesce((SELECT min(seq) FROM audit_record WHERE occurred_at >= cutoff), 9223372036854775807)
       AND EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = c.up_to_seq AND s.hash = c.head_hash)
     ORDER BY c.up_to_seq DESC
     LIMIT 1;
    IF boundary IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM audit_record WHERE seq <= boundary;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM audit_seal WHERE seq <= boundary;
    INSERT INTO audit_purge (up_to_seq, head_hash, cutoff, records_purged) VALUES (boundary, head, cutoff, removed);
    INSERT INTO audit_record (id, type, actor_id, object_type, object_id, after_state)
    VALUES (gen_random_uuid(), 'AUDIT_PURGED', 'system', 'AUDIT_TRAIL', 'audit_record',
            json_build_object('upToSeq', boundary, 'records', removed, 'cutoff', cutoff)::text);
    RETURN removed;
END
$$;

-- What the runtime role may call: the purge with a retention that the function refuses below six months (counted as
-- 180 days), and which never removes anything younger than six calendar months whatever it is given.
CREATE FUNCTION audit_purge(retention INTERVAL) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
BEGIN
    IF retention IS NULL OR retention < INTERVAL '180 days' THEN
        RAISE EXCEPTION 'audit retention % is shorter than the legal minimum of six months (180 days)', retention
            USING ERRCODE = '22023';
    END IF;
    RETURN audit_purge_before(least(now() - retention, now() - INTERVAL '6 months'));
END
$$;

-- The runtime role: read and append, nothing else.
REVOKE ALL ON audit_record, audit_seal, audit_checkpoint, audit_purge FROM ${runtimeRole};
GRANT SELECT, INSERT ON audit_record, audit_seal, audit_checkpoint TO ${runtimeRole};
GRANT SELECT ON audit_purge TO ${runtimeRole};
REVOKE ALL ON SEQUENCE audit_record_seq FROM ${runtimeRole};
GRANT SELECT ON SEQUENCE audit_record_seq TO ${runtimeRole};
REVOKE ALL ON FUNCTION audit_record_assign(), audit_purge_before(TIMESTAMPTZ), audit_purge(INTERVAL)
    FROM PUBLIC, ${runtimeRole};
GRANT EXECUTE ON FUNCTION audit_purge(INTERVAL) TO ${runtimeRole};
