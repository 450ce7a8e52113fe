-- The applications eligibility has seen submitted (from intake's events), by blind index: proactive discovery leaves
-- out people who have applied. Withdrawn ones are closed; a decided one stays (the person was assessed).
CREATE TABLE elig_application (
    application_id UUID PRIMARY KEY,
    resident_index BYTEA NOT NULL,
    subsidies      TEXT[] NOT NULL,
    home_township  VARCHAR(9) NOT NULL,
    submitted_on   DATE NOT NULL,
    withdrawn_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX elig_application_person_idx ON elig_application (resident_index) WHERE withdrawn_at IS NULL;
