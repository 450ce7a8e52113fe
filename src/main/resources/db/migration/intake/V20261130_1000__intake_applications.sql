-- Applications as the applicant sees them (docs/intake.md): the person (sealed, with the blind index of the resident id),
-- the submitter, the channel, the requested subsidies, the payee account (its own record, referenced by id), the
-- materials with every version, the documents issued, the correction asked for, and the idempotency keys of submissions.

-- The running part of human application numbers: LX + county code + year + this number (6 digits at least).
CREATE SEQUENCE intake_application_number_seq AS BIGINT;

CREATE TABLE intake_payee_account (
    id                    UUID PRIMARY KEY,
    application_id        UUID NOT NULL,
    holder                TEXT NOT NULL CHECK (holder IN ('PERSON', 'GUARDIAN')),
    holder_name_sealed    BYTEA NOT NULL,
    bank_name_sealed      BYTEA NOT NULL,
    account_number_sealed BYTEA NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX intake_payee_account_application_idx ON intake_payee_account (application_id);

CREATE TABLE intake_application (
    id                        UUID PRIMARY KEY,
    number                    TEXT NOT NULL UNIQUE CHECK (number ~ '^LX[0-9]{6}[0-9]{4}[0-9]{6,}$'),
    status                    TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'IN_REVIEW', 'DECIDED',
                                                              'NOT_ACCEPTED', 'WITHDRAWN', 'LAPSED')),
    channel                   TEXT NOT NULL CHECK (channel IN ('ONLINE_WEB', 'ONLINE_MOBILE', 'WINDOW', 'ASSISTED',
                                                               'PARTNER')),
    partner                   TEXT,
    external_id               TEXT,
    receiving_township        TEXT NOT NULL CHECK (receiving_township ~ '^[0-9]{9}$'),
    home_township             TEXT NOT NULL CHECK (home_township ~ '^[0-9]{9}$'),
    subsidies                 TEXT[] NOT NULL CHECK (cardinality(subsidies) BETWEEN 1 AND 2
                                                     AND subsidies <@ ARRAY['LIVING', 'CARE']),
    submitter_kind            TEXT NOT NULL CHECK (submitter_kind IN ('PERSON', 'GUARDIAN', 'SUPPORTER',
                                                                      'VILLAGE_COMMITTEE', 'AUTHORISED_AGENT')),
    agent_relationship        TEXT CHECK (length(agent_relationship) <= 100),
    submitter_account_id      UUID,
    staff_account_id          UUID,
    full_name_sealed          BYTEA NOT NULL,
    resident_id_sealed        BYTEA NOT NULL,
    resident_id_index         BYTEA NOT NULL,
    certificate_number_sealed BYTEA NOT NULL,
    household_address_sealed  BYTEA NOT NULL,
    under_guardianship        BOOLEAN NOT NULL DEFAULT false,
    payee_account_id          UUID REFERENCES intake_payee_account (id),
    correction_round          INT NOT NULL DEFAULT 0,
    correction_note           TEXT,
    correction_due            DATE,
    expected_stage            TEXT,
    expected_office           TEXT,
    expected_due              DATE,
    accepted_at               TIMESTAMP WITH TIME ZONE,
    submitted_at              TIMESTAMP WITH TIME ZONE,
    submitted_on              DATE,
    created_by                TEXT NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version                   BIGINT NOT NULL DEFAULT 0,
    CHECK ((partner IS NULL) = (external_id IS NULL)),
    CHECK ((channel = 'PARTNER') = (partner IS NOT NULL)),
    CHECK ((submitter_kind = 'PERSON') = (agent_relationship IS NULL))
);
CREATE UNIQUE INDEX intake_application_partner_idx ON intake_application (partner, external_id)
    WHERE partner IS NOT NULL;
CREATE INDEX intake_application_resident_idx ON intake_application (resident_id_index);
CREATE INDEX intake_application_submitter_idx ON intake_application (submitter_account_id);
CREATE INDEX intake_application_receiving_idx ON intake_application (receiving_township);
CREATE INDEX intake_application_home_idx ON intake_application (home_township);

-- One row per requested subsidy from submission on. "Open" until the subsidy is decided or the application ends
-- (withdrawn, not accepted, lapsed): the partial unique index is the one-open-application rule, kept by the database.
CREATE TABLE intake_application_subsidy (
    application_id    UUID NOT NULL REFERENCES intake_application (id),
    subsidy           TEXT NOT NULL CHECK (subsidy IN ('LIVING', 'CARE')),
    resident_id_index BYTEA NOT NULL,
    open              BOOLEAN NOT NULL,
    outcome           TEXT CHECK (outcome IN ('APPROVED', 'REFUSED')),
    PRIMARY KEY (application_id, subsidy),
    CHECK (NOT (open AND outcome IS NOT NULL))
);
CREATE UNIQUE INDEX intake_one_open_application_idx ON intake_application_subsidy (resident_id_index, subsidy)
    WHERE open;

-- Materials: every upload is a new version; the highest version of a type is the current one.
CREATE TABLE intake_material (
    id               UUID PRIMARY KEY,
    application_id   UUID NOT NULL REFERENCES intake_application (id),
    material_type    TEXT NOT NULL,
    version          INT NOT NULL CHECK (version >= 1),
    storage_key      TEXT NOT NULL,
    content_type     TEXT NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes       BIGINT NOT NULL CHECK (size_bytes > 0),
    sm3              TEXT NOT NULL,
    file_name_sealed BYTEA,
    uploaded_by      TEXT NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (application_id, material_type, version)
);

-- What a return asks the applicant to correct, per round; changed_at is set when the applicant changed the item.
CREATE TABLE intake_correction_item (
    application_id UUID NOT NULL REFERENCES intake_application (id),
    round          INT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('MATERIAL', 'FIELD')),
    code           TEXT NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (application_id, round, kind, code)
);

-- Notices issued for the application (PDF, generated by review), stored encrypted through the file storage.
CREATE TABLE intake_document (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES intake_application (id),
    kind           TEXT NOT NULL CHECK (kind IN ('ACCEPTANCE_RECEIPT', 'CORRECTION_NOTICE', 'NON_ACCEPTANCE_NOTICE',
                                                 'FORWARDING_NOTICE', 'APPROVAL_NOTICE', 'REFUSAL_NOTICE')),
    storage_key    TEXT NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sm3            TEXT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX intake_document_application_idx ON intake_document (application_id, created_at);

-- Idempotency keys of submissions, per account: the digest of the request and, once answered, the answer.
CREATE TABLE intake_idempotency_key (
    account_id      UUID NOT NULL,
    idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_digest  BYTEA NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    response_status INT,
    response_body   TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    completed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, idempotency_key)
);
