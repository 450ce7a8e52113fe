-- Accounts. Personal data is sealed (SM4-GCM bound to table, column and row id) with blind indexes for exact search.

CREATE TABLE applicant_account (
    id                         UUID PRIMARY KEY,
    phone_sealed               BYTEA NOT NULL,
    phone_index                BYTEA NOT NULL UNIQUE,
    password_hash              TEXT,
    full_name_sealed           BYTEA,
    full_name_index            BYTEA,
    resident_id_sealed         BYTEA,
    resident_id_index          BYTEA UNIQUE,
    certificate_number_sealed  BYTEA,
    certificate_number_index   BYTEA,
    real_name_verified_at      TIMESTAMP WITH TIME ZONE,
    status                     TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX applicant_account_full_name_index_idx ON applicant_account (full_name_index);
CREATE INDEX applicant_account_certificate_number_index_idx ON applicant_account (certificate_number_index);

CREATE TABLE staff_account (
    id               UUID PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    full_name_sealed BYTEA NOT NULL,
    password_hash    TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN (
                         'TOWNSHIP_CLERK', 'STAFF_ASSISTANT', 'FEDERATION_REVIEWER', 'CIVIL_AFFAIRS_APPROVER',
                         'COUNTY_SUPERVISOR', 'CITY_SUPERVISOR', 'PROVINCE_SUPERVISOR',
                         'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')),
    jurisdiction     TEXT NOT NULL CHECK (jurisdiction ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    status           TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX staff_account_jurisdiction_idx ON staff_account (jurisdiction text_pattern_ops);
