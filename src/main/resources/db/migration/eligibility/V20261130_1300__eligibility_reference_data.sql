-- Reference data from other agencies (docs/eligibility.md): disability certificates, social-assistance statuses,
-- deaths, 工伤 care allowance, orphan guarantee, similar allowances, beneficiaries elsewhere and the imported list of
-- current beneficiaries. One table of dated facts for every source, so that one import engine loads them all and the
-- set-based rules probe one index. Resident ids and certificate numbers are sealed (SM4-GCM bound to table, column
-- and row id) with blind indexes (HMAC-SM3); joins go over the blind index, never over plaintext.

CREATE TABLE elig_import (
    id             UUID PRIMARY KEY,
    source         TEXT NOT NULL CHECK (source IN ('CERTIFICATE', 'ASSISTANCE_STATUS', 'DEATH', 'WORK_INJURY_CARE',
                       'ORPHAN_GUARANTEE', 'SIMILAR_ALLOWANCE', 'BENEFICIARY_ELSEWHERE', 'BENEFICIARY')),
    region_code    VARCHAR(9) NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3})?$'),
    mode           TEXT NOT NULL CHECK (mode IN ('SNAPSHOT', 'DELTA')),
    -- the snapshot's date: whoever it leaves out has ended as of this date (NULL for a delta)
    as_of          DATE,
    file_format    TEXT NOT NULL CHECK (file_format IN ('CSV', 'XLSX')),
    -- SM3 of the file's bytes: the same file for the same source and region is applied once
    digest         BYTEA NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('QUEUED', 'READING', 'APPLYING', 'APPLIED', 'REJECTED',
                       'UNCHANGED', 'FAILED')),
    same_as        UUID REFERENCES elig_import (id),
    rows_read      BIGINT NOT NULL DEFAULT 0,
    rows_rejected  BIGINT NOT NULL DEFAULT 0,
    added          BIGINT NOT NULL DEFAULT 0,
    updated        BIGINT NOT NULL DEFAULT 0,
    ended          BIGINT NOT NULL DEFAULT 0,
    -- the first bad rows: [{line, field, rule, message}] (messages never quote personal data)
    errors         JSONB NOT NULL DEFAULT '[]'::jsonb,
    requested_by   TEXT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    finished_at    TIMESTAMP WITH TIME ZONE,
    CHECK ((mode = 'SNAPSHOT') = (as_of IS NOT NULL))
);
CREATE UNIQUE INDEX elig_import_applied_digest_idx ON elig_import (source, region_code, digest) WHERE status = 'APPLIED';
CREATE INDEX elig_import_created_idx ON elig_import (created_at DESC);

-- Which sources have been loaded for which region, and when last: "not loaded" makes a rule answer "cannot tell".
CREATE TABLE elig_coverage (
    source         TEXT NOT NULL,
    region_code    VARCHAR(9) NOT NULL,
    last_import_id UUID NOT NULL REFERENCES elig_import (id),
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, region_code)
);

CREATE TABLE elig_fact (
    id                     UUID PRIMARY KEY,
    source                 TEXT NOT NULL,
    -- the region of the import that loaded it: a snapshot of (source, region) ends the facts it leaves out
    region_code            VARCHAR(9) NOT NULL,
    resident_index         BYTEA NOT NULL,
    resident_sealed        BYTEA NOT NULL,
    resident_masked        TEXT NOT NULL,
    -- status kind, allowance kind or subsidy; '' where the source has none
    kind                   TEXT NOT NULL DEFAULT '',
    -- what else tells two facts of one person apart: the certificate's blind index (hex), the paying region
    qualifier              TEXT NOT NULL DEFAULT '',
    valid_from             DATE NOT NULL,
    -- exclusive; NULL while current
    valid_to               DATE,
    -- the holder's / beneficiary's township (certificates, beneficiaries)
    township_code          VARCHAR(9),
    certificate_index      BYTEA,
    certificate_sealed     BYTEA,
    category               TEXT CHECK (category IN (
                               'VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
    level                  TEXT CHECK (level IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4')),
    -- intellectual or mental, or a multiple disability that includes one of them
    intellectual_or_mental BOOLEAN,
    certificate_status     TEXT CHECK (certificate_status IN ('VALID', 'CANCELLED')),
    -- the last day the certificate is valid (有效期至)
    valid_until            DATE,
    amount_fen             BIGINT CHECK (amount_fen >= 0),
    -- the paying region of a beneficiary elsewhere
    place_code             VARCHAR(9),
    import_id              UUID NOT NULL REFERENCES elig_import (id),
    loaded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_by               UUID REFERENCES elig_import (id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (source <> 'CERTIFICATE' OR (certificate_index IS NOT NULL AND certificate_sealed IS NOT NULL
        AND category IS NOT NULL AND level IS NOT NULL AND valid_until IS NOT NULL
        AND certificate_status IS NOT NULL AND township_code IS NOT NULL)),
    CHECK (source <> 'BENEFICIARY' OR township_code IS NOT NULL)
);
-- the rules probe a person's facts of one source
CREATE INDEX elig_fact_person_idx ON elig_fact (resident_index, source);
CREATE UNIQUE INDEX elig_fact_key_idx ON elig_fact (source, region_code, resident_index, kind, qualifier, valid_from);
-- a snapshot ends the open facts of its source and region
CREATE INDEX elig_fact_open_idx ON elig_fact (source, region_code) WHERE valid_to IS NULL;
CREATE INDEX elig_fact_new_certificate_idx ON elig_fact (valid_from) WHERE source = 'CERTIFICATE';

-- Rows of an import being read: validated one by one, applied together in one transaction, then removed.
CREATE UNLOGGED TABLE elig_import_row (
    import_id              UUID NOT NULL,
    line                   BIGINT NOT NULL,
    id                     UUID NOT NULL,
    resident_index         BYTEA NOT NULL,
    resident_sealed        BYTEA NOT NULL,
    resident_masked        TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    qualifier              TEXT NOT NULL,
    -- NULL in a snapshot row that gives no start: an existing fact keeps its start, a new one starts at as_of
    valid_from             DATE,
    valid_to               DATE,
    township_code          VARCHAR(9),
    certificate_index      BYTEA,
    certificate_sealed     BYTEA,
    category               TEXT,
    level                  TEXT,
    intellectual_or_mental BOOLEAN,
    certificate_status     TEXT,
    valid_until            DATE,
    amount_fen             BIGINT,
    place_code             VARCHAR(9),
    match_id               UUID,
    PRIMARY KEY (import_id, line)
);
