-- The synthetic population (demo, test and benchmark data; docs/population.md): stand-ins for other agencies' data
-- (public security's resident register, the federation's certificates, civil affairs' assistance rosters, banks).
-- A run is identified by its seed; every row carries it, and the same seed always generates the same people.
-- Personal data is sealed (SM4-GCM bound to table, column and row id) with blind indexes (HMAC-SM3) for exact search.
-- Rows are loaded with COPY in one transaction per run; there are no foreign keys between the bulk tables (checking a
-- million references row by row would dominate the load), they are consistent by construction and removed together.

CREATE TABLE population_run (
    seed                     BIGINT PRIMARY KEY,
    as_of                    DATE NOT NULL,
    requested                INT NOT NULL CHECK (requested > 0),
    people                   INT NOT NULL DEFAULT 0,
    households               INT NOT NULL DEFAULT 0,
    certificates             INT NOT NULL DEFAULT 0,
    assistance_statuses      INT NOT NULL DEFAULT 0,
    bank_accounts            INT NOT NULL DEFAULT 0,
    demo_accounts            INT NOT NULL DEFAULT 0,
    duration_ms              BIGINT,
    loaded_at                TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE population_person (
    id                 UUID PRIMARY KEY,
    seed               BIGINT NOT NULL,
    ordinal            INT NOT NULL CHECK (ordinal >= 0),
    household_id       UUID NOT NULL,
    household_relation TEXT NOT NULL CHECK (household_relation IN ('HEAD', 'SPOUSE', 'CHILD')),
    -- the household registration (户籍地): a current township of the division tree and its county-level unit
    township_code      VARCHAR(9) NOT NULL CHECK (township_code ~ '^[0-9]{9}$'),
    county_code        VARCHAR(6) NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
    birth_date         DATE NOT NULL,
    sex                TEXT NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    full_name_sealed   BYTEA NOT NULL,
    full_name_index    BYTEA NOT NULL,
    resident_id_sealed BYTEA NOT NULL,
    resident_id_index  BYTEA NOT NULL,
    phone_sealed       BYTEA,
    phone_index        BYTEA,
    -- chosen to receive a demo applicant account when the account module seeds them (it owns the account tables)
    has_demo_account   BOOLEAN NOT NULL DEFAULT false,
    CHECK ((phone_sealed IS NULL) = (phone_index IS NULL))
);
-- resident ids are unique within a run; independent runs (other seeds) are separate populations
CREATE UNIQUE INDEX population_person_resident_id_idx ON population_person (resident_id_index, seed);
CREATE UNIQUE INDEX population_person_ordinal_idx ON population_person (seed, ordinal);
CREATE INDEX population_person_full_name_idx ON population_person (full_name_index);
CREATE INDEX population_person_phone_idx ON population_person (phone_index);
CREATE INDEX population_person_township_idx ON population_person (township_code);

-- The federation's certificate register: one current certificate per holder.
CREATE TABLE population_certificate (
    person_id                 UUID PRIMARY KEY,
    seed                      BIGINT NOT NULL,
    certificate_number_sealed BYTEA NOT NULL,
    certificate_number_index  BYTEA NOT NULL,
    category                  TEXT NOT NULL CHECK (category IN (
                                  'VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
    level                     TEXT NOT NULL CHECK (level IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4')),
    -- 0 for an original card, else the re-issue number (B1..B9)
    reissue                   SMALLINT NOT NULL CHECK (reissue BETWEEN 0 AND 9),
    issued_on                 DATE NOT NULL,
    -- the first day the certificate is no longer valid
    expires_on                DATE NOT NULL,
    CHECK (expires_on > issued_on)
);
CREATE INDEX population_certificate_number_idx ON population_certificate (certificate_number_index);

-- Civil affairs' assistance rosters: one row per person and status period (a household's members share them).
CREATE TABLE population_assistance_status (
    person_id    UUID NOT NULL,
    seed         BIGINT NOT NULL,
    household_id UUID NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN (
                     'MINIMUM_LIVING_GUARANTEE', 'NEAR_POVERTY', 'LOW_INCOME', 'EXTREME_POVERTY_SUPPORT')),
    valid_from   DATE NOT NULL,
    -- exclusive; NULL while current
    valid_to     DATE,
    PRIMARY KEY (person_id, kind, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

-- The person's own bank account (payee account), sealed; bulk work copies the person id, never the number.
CREATE TABLE population_bank_account (
    person_id             UUID PRIMARY KEY,
    seed                  BIGINT NOT NULL,
    bank_name             TEXT NOT NULL,
    account_number_sealed BYTEA NOT NULL
);
