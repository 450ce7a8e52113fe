-- Staff security (docs/operations.md, "Staff accounts and security"): the natural person behind each staff account,
-- sign-in failures and lockout, the TOTP second factor, and the versioned security settings.

-- The natural person: the staff member's resident id, sealed, with its blind index (HMAC-SM3). The system
-- administrator enters it from the person's identity card when creating the account (docs/operations.md says how the
-- identity is checked). 三员分立: one natural person holds at most one administrator account (system, security or
-- audit), whatever its status. The partial unique index is the database's guarantee; the check below makes the
-- identity mandatory for administrator accounts (NOT VALID: rows written before this migration are not re-checked).
ALTER TABLE staff_account
    ADD COLUMN person_id_sealed BYTEA,
    ADD COLUMN person_id_index  BYTEA,
    ADD COLUMN failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    ADD COLUMN locked_until     TIMESTAMP WITH TIME ZONE,
    ADD COLUMN updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();

ALTER TABLE staff_account
    ADD CONSTRAINT staff_account_administrator_has_person
        CHECK (role NOT IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN') OR person_id_index IS NOT NULL) NOT VALID;

CREATE UNIQUE INDEX staff_account_one_administrator_per_person
    ON staff_account (person_id_index)
    WHERE role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN');

CREATE INDEX staff_account_person_idx ON staff_account (person_id_index);

-- The TOTP second factor (RFC 6238): the shared secret sealed with SM4-GCM; PENDING until the staff member confirms a
-- code from the authenticator app. last_used_step is the time step of the last code accepted: a code is accepted only
-- for a later step, so each code works once.
CREATE TABLE staff_second_factor (
    account_id     UUID PRIMARY KEY REFERENCES staff_account (id),
    secret_sealed  BYTEA NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),
    last_used_step BIGINT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    activated_at   TIMESTAMP WITH TIME ZONE
);

-- The security administrator's settings, versioned: a change is a new row, in force from effective_from; the newest row
-- in force applies. Rows are never changed or removed (the runtime role may only read and insert).
CREATE TABLE security_settings (
    version              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lockout_threshold    INTEGER NOT NULL CHECK (lockout_threshold BETWEEN 3 AND 10),
    lockout_minutes      INTEGER NOT NULL CHECK (lockout_minutes BETWEEN 5 AND 1440),
    idle_timeout_minutes INTEGER NOT NULL CHECK (idle_timeout_minutes BETWEEN 5 AND 120),
    password_min_length  INTEGER NOT NULL CHECK (password_min_length BETWEEN 12 AND 64),
    effective_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by               TEXT NOT NULL,
    reason               TEXT NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX security_settings_effective_idx ON security_settings (effective_from DESC, version DESC);

INSERT INTO security_settings
    (lockout_threshold, lockout_minutes, idle_timeout_minutes, password_min_length, effective_from, set_by, reason)
VALUES (5, 15, 30, 12, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08', 'system', 'initial settings');

REVOKE UPDATE, DELETE, TRUNCATE ON security_settings FROM ${runtimeRole};
