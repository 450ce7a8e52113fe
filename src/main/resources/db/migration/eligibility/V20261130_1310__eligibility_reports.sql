-- Evidence reports: per application (or staff check) and subsidy, each rule's finding with the data it used and when
-- that data was loaded. They inform reviewers; they never decide. One report per application and subsidy on
-- submission (the listener is idempotent); staff may add checks later.

CREATE TABLE elig_report (
    id                       UUID PRIMARY KEY,
    application_id           UUID,
    trigger                  TEXT NOT NULL CHECK (trigger IN ('SUBMISSION', 'STAFF_CHECK')),
    subsidy                  TEXT NOT NULL CHECK (subsidy IN ('LIVING', 'CARE')),
    -- who was checked, by blind index only (the report holds no identifier in clear)
    resident_index           BYTEA NOT NULL,
    region_code              VARCHAR(9) NOT NULL,
    checked_on               DATE NOT NULL,
    policy_reference         TEXT NOT NULL,
    summary                  TEXT NOT NULL CHECK (summary IN ('PASS', 'FAIL', 'CANNOT_TELL')),
    certificate_number_known BOOLEAN,
    findings                 JSONB NOT NULL,
    created_by               TEXT NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK ((trigger = 'SUBMISSION') = (application_id IS NOT NULL AND created_by = 'system')
        OR trigger = 'STAFF_CHECK')
);
CREATE UNIQUE INDEX elig_report_submission_idx ON elig_report (application_id, subsidy) WHERE trigger = 'SUBMISSION';
CREATE INDEX elig_report_application_idx ON elig_report (application_id, created_at);
