-- Notices due from the staff's acts (docs/review.md, "Notices"). An act records in its own transaction which notice
-- it owes and what the notice prints of the act (codes, dates, the staff's words; never the person, whom the notice
-- reads from intake when it is rendered); a listener on the act's event renders the PDF after the commit and attaches
-- it to the application. One document per case, act (the case version the act produced), kind and subsidy: the
-- primary key; document_id is set once, when the notice is issued, so an event that arrives twice issues nothing new.

CREATE TABLE review_notice (
    application_id UUID NOT NULL REFERENCES review_case (application_id),
    act_version    BIGINT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('ACCEPTANCE_RECEIPT', 'CORRECTION_NOTICE', 'NON_ACCEPTANCE_NOTICE',
                                                 'FORWARDING_NOTICE', 'APPROVAL_NOTICE', 'REFUSAL_NOTICE')),
    -- the subsidy of an approval or refusal notice; '' for the notices of the whole application
    subsidy        TEXT NOT NULL DEFAULT '',
    details        JSONB NOT NULL,
    document_id    UUID UNIQUE,
    issued_at      TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, act_version, kind, subsidy),
    CHECK ((document_id IS NULL) = (issued_at IS NULL))
);

-- Notices not yet issued (normally none: each is issued moments after its act).
CREATE INDEX review_notice_due_idx ON review_notice (created_at) WHERE document_id IS NULL;

REVOKE DELETE, TRUNCATE ON review_notice FROM ${runtimeRole};
