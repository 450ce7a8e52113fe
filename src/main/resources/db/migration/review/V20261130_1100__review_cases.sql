-- Review: one case per submitted application (docs/review.md). The case holds where the application is in the flow,
-- which township owns it, its current due date and what is needed to recompute it, the snapshot of the review chain
-- it follows (with the policy reference it came from), and one outcome per requested subsidy. No personal data: the
-- person stays with intake; the case holds ids, codes, dates and the staff's notes.

CREATE TABLE review_case (
    application_id        UUID PRIMARY KEY,
    number                TEXT NOT NULL,
    channel               TEXT NOT NULL,
    receiving_township    TEXT NOT NULL CHECK (receiving_township ~ '^[0-9]{9}$'),
    home_township         TEXT NOT NULL CHECK (home_township ~ '^[0-9]{9}$'),
    owner_township        TEXT NOT NULL CHECK (owner_township ~ '^[0-9]{9}$'),
    target_province       TEXT CHECK (target_province ~ '^[0-9]{2}0000$'),
    payee_account_id      UUID,
    submitted_on          DATE NOT NULL,
    state                 TEXT NOT NULL,
    worklist              TEXT NOT NULL,
    office                TEXT NOT NULL,
    office_region         TEXT NOT NULL,
    step_position         INTEGER,
    version               BIGINT NOT NULL DEFAULT 0,
    -- the clock of the current phase (acceptance, forwarding, chain): started (or resumed) on, budget, days used
    -- before the last pause; clock_started_on is NULL while the clock is paused
    clock_started_on      DATE,
    clock_budget          INTEGER NOT NULL CHECK (clock_budget >= 0),
    clock_used            INTEGER NOT NULL DEFAULT 0 CHECK (clock_used >= 0),
    -- the date the acting office (or, while returned, the applicant) must act by; provisional years of its answer
    due_date              DATE,
    due_provisional_years INTEGER[] NOT NULL DEFAULT '{}',
    -- while returned: what to do once corrected, the correction window, what was named
    resume_worklist       TEXT,
    correction_started_on DATE,
    correction_days       INTEGER,
    correction_items      JSONB,
    correction_note       TEXT CHECK (length(correction_note) <= 2000),
    -- while in public notice: the period
    notice_started_on     DATE,
    notice_ends_on        DATE,
    notice_days           INTEGER,
    -- the review chain followed (snapshot) and the policy it came from
    chain                 JSONB,
    chain_pauses_for_notice BOOLEAN,
    chain_policy          TEXT,
    closed_on             DATE,
    closed_at             TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- The worklists: open cases of these townships, per list, by due date (one index range per township).
CREATE INDEX review_case_open_worklist_idx
    ON review_case (owner_township, worklist, due_date, application_id)
    WHERE closed_at IS NULL;
-- Done cases of these townships, latest first.
CREATE INDEX review_case_done_idx ON review_case (owner_township, closed_at DESC) WHERE closed_at IS NOT NULL;
-- Read access by the receiving and home townships.
CREATE INDEX review_case_home_idx ON review_case (home_township);
CREATE INDEX review_case_receiving_idx ON review_case (receiving_township);
-- Recomputation when a provisional year gets its schedule.
CREATE INDEX review_case_provisional_idx ON review_case USING gin (due_provisional_years)
    WHERE closed_at IS NULL AND due_provisional_years <> '{}';
-- The lapse job: returned cases by correction due date.
CREATE INDEX review_case_returned_idx ON review_case (due_date) WHERE state = 'RETURNED';

-- The chain's steps as they went: started, due, completed, by whom (one row per step and pass; an objection or a
-- correction sends a case back, which adds a pass).
CREATE TABLE review_case_step (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  UUID NOT NULL REFERENCES review_case (application_id),
    position        INTEGER NOT NULL,
    step            TEXT NOT NULL,
    office          TEXT NOT NULL,
    office_region   TEXT NOT NULL,
    working_days    INTEGER NOT NULL,
    started_on      DATE NOT NULL,
    due_date        DATE,
    completed_on    DATE,
    completed_by    UUID,
    outcome         TEXT
);
CREATE INDEX review_case_step_case_idx ON review_case_step (application_id, id);

-- One outcome per requested subsidy.
CREATE TABLE review_subsidy (
    application_id      UUID NOT NULL REFERENCES review_case (application_id),
    subsidy             TEXT NOT NULL,
    outcome             TEXT NOT NULL DEFAULT 'PENDING',
    decided_at          TEXT,
    refusal_reason      TEXT,
    explanation         TEXT CHECK (length(explanation) <= 2000),
    monthly_amount_fen  BIGINT,
    start_month         DATE,
    policy_reference    TEXT,
    decided_on          DATE,
    decided_by          UUID,
    PRIMARY KEY (application_id, subsidy)
);

-- Objections recorded during public notice.
CREATE TABLE review_objection (
    id              UUID PRIMARY KEY,
    application_id  UUID NOT NULL REFERENCES review_case (application_id),
    recorded_on     DATE NOT NULL,
    recorded_by     UUID NOT NULL,
    note            TEXT NOT NULL CHECK (length(note) <= 2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX review_objection_case_idx ON review_objection (application_id);

-- Cases are closed, never deleted; objections are never changed.
REVOKE DELETE, TRUNCATE ON review_case, review_case_step, review_subsidy, review_objection FROM ${runtimeRole};
REVOKE UPDATE ON review_objection FROM ${runtimeRole};
