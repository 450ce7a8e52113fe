-- Re-checks of current beneficiaries (定期复核): each run evaluates the set-based rules over every current
-- beneficiary and proposes stops and flags, which wait for the responsible county's confirmation; certificates
-- expiring within 6 months are noticed once each so that holders are reminded.

CREATE TABLE elig_recheck_run (
    id            UUID PRIMARY KEY,
    checked_on    DATE NOT NULL,
    trigger       TEXT NOT NULL CHECK (trigger IN ('MONTHLY', 'ON_DEMAND')),
    beneficiaries BIGINT NOT NULL DEFAULT 0,
    proposals     BIGINT NOT NULL DEFAULT 0,
    expiring      BIGINT NOT NULL DEFAULT 0,
    requested_by  TEXT NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE elig_proposal (
    id              UUID PRIMARY KEY,
    run_id          UUID NOT NULL REFERENCES elig_recheck_run (id),
    -- the Beneficiaries port's id of the beneficiary (the imported roster: the fact's id)
    beneficiary_id  TEXT NOT NULL,
    resident_index  BYTEA NOT NULL,
    resident_masked TEXT NOT NULL,
    subsidy         TEXT NOT NULL CHECK (subsidy IN ('LIVING', 'CARE')),
    kind            TEXT NOT NULL CHECK (kind IN ('STOP_DECEASED', 'STOP_NO_QUALIFYING_STATUS',
                        'STOP_EXTREME_POVERTY_SUPPORT', 'STOP_WORK_INJURY_CARE', 'STOP_ORPHAN_GUARANTEE',
                        'STOP_CERTIFICATE_EXPIRED', 'FLAG_PAID_ELSEWHERE')),
    reason          TEXT NOT NULL,
    -- the first month without payment (first day of the month); NULL for a flag
    effective_month DATE,
    township_code   VARCHAR(9) NOT NULL,
    status          TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'DISMISSED')),
    decided_by      TEXT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason TEXT CHECK (length(decision_reason) <= 500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
-- one pending proposal per beneficiary, subsidy and kind; a dismissed one is not proposed again for the same month
CREATE UNIQUE INDEX elig_proposal_pending_idx ON elig_proposal (beneficiary_id, subsidy, kind) WHERE status = 'PENDING';
CREATE UNIQUE INDEX elig_proposal_month_idx
    ON elig_proposal (beneficiary_id, subsidy, kind, coalesce(effective_month, DATE '1900-01-01'));
CREATE INDEX elig_proposal_township_idx ON elig_proposal (township_code, status);

CREATE TABLE elig_expiry_notice (
    certificate_fact_id UUID PRIMARY KEY,
    valid_until         DATE NOT NULL,
    township_code       VARCHAR(9) NOT NULL,
    run_id              UUID NOT NULL REFERENCES elig_recheck_run (id),
    noticed_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
-- the set-based rules probe beneficiaries' facts by blind index; the roster is read by source and date
CREATE INDEX elig_fact_beneficiary_idx ON elig_fact (source, valid_from) WHERE source = 'BENEFICIARY';
