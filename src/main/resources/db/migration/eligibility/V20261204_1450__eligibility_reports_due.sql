-- The evidence reports owed for submitted applications (docs/eligibility.md, "Evidence reports"): one row recorded by
-- one insert in the submitting transaction (application id and the subsidies asked, codes only); SubmissionReports
-- makes the reports in batches after the commit (one transaction, one read of intake and of the facts per batch) and
-- marks the rows handled in that transaction. A row recorded twice is recorded once (the application id is the key);
-- a row whose report cannot be made is tried again up to five times, then left for an operator (attempts >= 5).
CREATE TABLE elig_report_due (
    application_id UUID PRIMARY KEY,
    subsidies      TEXT[] NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    attempts       INTEGER NOT NULL DEFAULT 0,
    handled_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX elig_report_due_pending_idx ON elig_report_due (recorded_at) WHERE handled_at IS NULL;

REVOKE DELETE, TRUNCATE ON elig_report_due FROM ${runtimeRole};
