-- Review: who in the owning office works on a case (docs/review-work.md). A case starts unassigned (the whole office's
-- list); a member of the office may hand it to another member of the same office (same role and jurisdiction). One
-- row per case, the latest assignment; every reassignment is in the audit trail (CASE_REASSIGNED) with both ids.
CREATE TABLE review_case_assignment (
    application_id  UUID PRIMARY KEY REFERENCES review_case (application_id),
    assignee        UUID NOT NULL,
    assigned_by     UUID NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX review_case_assignment_assignee_idx ON review_case_assignment (assignee);

REVOKE DELETE, TRUNCATE ON review_case_assignment FROM ${runtimeRole};
