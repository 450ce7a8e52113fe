-- Proactive discovery (主动发现): outreach tasks for the township's staff assistants, from newly issued certificates
-- (daily, once per certificate) and from people who appear to qualify but receive nothing (monthly), each with a
-- contact log and an end.

CREATE TABLE elig_outreach_task (
    id                  UUID PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('NEW_CERTIFICATE', 'APPEARS_TO_QUALIFY')),
    resident_index      BYTEA NOT NULL,
    resident_masked     TEXT NOT NULL,
    certificate_fact_id UUID NOT NULL,
    -- the subsidies the person appears to qualify for (empty for a new certificate: the assistant finds out)
    subsidies           TEXT[] NOT NULL,
    township_code       VARCHAR(9) NOT NULL,
    status              TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    outcome             TEXT CHECK (outcome IN ('NOT_INTERESTED', 'NOT_ELIGIBLE', 'MOVED', 'ASSISTED_APPLICATION')),
    outcome_note        TEXT CHECK (length(outcome_note) <= 500),
    application_id      UUID,
    closed_by           TEXT,
    closed_at           TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL)),
    CHECK ((outcome = 'ASSISTED_APPLICATION') = (application_id IS NOT NULL))
);
-- a new certificate is listed once; a person has one open "appears to qualify" task at a time
CREATE UNIQUE INDEX elig_outreach_certificate_idx ON elig_outreach_task (certificate_fact_id) WHERE kind = 'NEW_CERTIFICATE';
CREATE UNIQUE INDEX elig_outreach_open_idx ON elig_outreach_task (resident_index)
    WHERE kind = 'APPEARS_TO_QUALIFY' AND status = 'OPEN';
CREATE INDEX elig_outreach_person_idx ON elig_outreach_task (resident_index, closed_at);
CREATE INDEX elig_outreach_township_idx ON elig_outreach_task (township_code, status);

CREATE TABLE elig_outreach_contact (
    id           UUID PRIMARY KEY,
    task_id      UUID NOT NULL REFERENCES elig_outreach_task (id),
    contacted_on DATE NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('PHONE', 'VISIT', 'SMS', 'LETTER', 'OTHER')),
    outcome      TEXT NOT NULL CHECK (outcome IN ('REACHED', 'NOT_REACHED', 'CALL_BACK', 'INFORMED')),
    note         TEXT CHECK (length(note) <= 500),
    recorded_by  TEXT NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX elig_outreach_contact_task_idx ON elig_outreach_contact (task_id, contacted_on);
