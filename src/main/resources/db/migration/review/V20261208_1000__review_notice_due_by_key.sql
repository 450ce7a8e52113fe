-- The index of the notices not yet issued is keyed like the table (the case, the act's version, the kind, the subsidy),
-- with the time each was owed beside the key, instead of by that time alone.
--
-- The notice job looks a case's owed notices up by the case (DueNotices.lockDue) and marks each one issued by its key
-- with "AND document_id IS NULL" (DueNotices.issued). Both conditions imply this partial index's predicate, and with
-- the table's statistics taken while nothing was owed (the usual state) PostgreSQL estimated it nearly empty and chose
-- it over the primary key: with 16,428 notices owed (a backlog after 8,000 full reviews, run 19 of
-- docs/performance.md) each "issued" update walked the whole index, 11,277 buffers and 9 ms, and the backlog drained at
-- about 22 notices a second instead of about 120, slower the longer it was. Keyed like the table, the same index
-- answers those lookups by their key whichever index the planner takes; the job's choice of the cases owing longest
-- (DueNotices.casesOwing: grouped by case, ordered by the oldest time owed) reads the key and the time from it.

DROP INDEX review_notice_due_idx;
CREATE INDEX review_notice_due_idx ON review_notice (application_id, act_version, kind, subsidy) INCLUDE (created_at)
    WHERE document_id IS NULL;
