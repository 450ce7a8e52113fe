-- The retention purge of the notification inbox (docs/notification.md): a handled row is no longer needed once it is
-- old (what the applicant was told lives in notification_message and notification_sms). The runtime role may not
-- delete from the table (V20261203_1400), so that no application code removes a pending row by mistake; it may only
-- call this function, owned by the owner, which removes handled rows only. InboxPurge calls it in batches.

-- The handled rows by age, for the purge (the pending rows have their own partial index).
CREATE INDEX notification_inbox_handled_idx ON notification_inbox (handled_at) WHERE handled_at IS NOT NULL;

-- Removes at most `most` handled rows whose handled_at is older than `retention` (the oldest first; rows another
-- transaction holds are skipped) and answers how many went. A pending row (handled_at IS NULL) is never removed,
-- however old. Refuses a missing or negative retention and a batch under one row.
CREATE FUNCTION notification_inbox_purge(retention INTERVAL, most INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    removed INTEGER;
BEGIN
    IF retention IS NULL OR retention < INTERVAL '0' OR most IS NULL OR most < 1 THEN
        RAISE EXCEPTION 'notification inbox purge: retention % must not be negative, batch % must be at least 1',
            retention, most
            USING ERRCODE = '22023';
    END IF;
    DELETE FROM notification_inbox
     WHERE handled_at IS NOT NULL
       AND event_id IN (SELECT event_id FROM notification_inbox
                         WHERE handled_at IS NOT NULL AND handled_at < now() - retention
                         ORDER BY handled_at LIMIT most
                           FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

REVOKE ALL ON FUNCTION notification_inbox_purge(INTERVAL, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notification_inbox_purge(INTERVAL, INTEGER) TO ${runtimeRole};
