-- The retention purge of the evidence reports owed (docs/eligibility.md, "Evidence reports"): a handled row is no
-- longer needed once it is old (the reports live in elig_report). The runtime role may not delete from the table
-- (V20261204_1450), so that no application code removes a pending row by mistake; it may only call this function,
-- owned by the owner, which removes handled rows only. A row that failed five times is not handled (handled_at is
-- null): it stays for an operator. ReportsDuePurge calls the function in batches.

-- The handled rows by age, for the purge (the pending rows have their own partial index).
CREATE INDEX elig_report_due_handled_idx ON elig_report_due (handled_at) WHERE handled_at IS NOT NULL;

-- Removes at most `most` handled rows whose handled_at is older than `retention` (the oldest first; rows another
-- transaction holds are skipped) and answers how many went. A pending row (handled_at IS NULL, whatever its attempts)
-- is never removed, however old. Refuses a missing or negative retention and a batch under one row.
CREATE FUNCTION elig_report_due_purge(retention INTERVAL, most INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
DECLARE
    removed INTEGER;
BEGIN
    IF retention IS NULL OR retention < INTERVAL '0' OR most IS NULL OR most < 1 THEN
        RAISE EXCEPTION 'evidence reports owed purge: retention % must not be negative, batch % must be at least 1',
            retention, most
            USING ERRCODE = '22023';
    END IF;
    DELETE FROM elig_report_due
     WHERE handled_at IS NOT NULL
       AND application_id IN (SELECT application_id FROM elig_report_due
                               WHERE handled_at IS NOT NULL AND handled_at < now() - retention
                               ORDER BY handled_at LIMIT most
                                 FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

REVOKE ALL ON FUNCTION elig_report_due_purge(INTERVAL, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION elig_report_due_purge(INTERVAL, INTEGER) TO ${runtimeRole};
