-- An outreach task may be assigned to one member of the township's office (a staff assistant or clerk); unassigned
-- tasks belong to the whole office. Reassigning is audited (OUTREACH_REASSIGNED).
ALTER TABLE elig_outreach_task ADD COLUMN assigned_to UUID;
CREATE INDEX elig_outreach_assignee_idx ON elig_outreach_task (assigned_to, status) WHERE assigned_to IS NOT NULL;
