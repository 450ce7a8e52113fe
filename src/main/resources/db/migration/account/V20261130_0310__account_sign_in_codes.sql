-- One-time sign-in codes sent by text message (register and sign in with a mobile number). A code lives 5 minutes and
-- is void after 5 wrong tries; a new code replaces the number's earlier one. The code itself is never stored: only its
-- keyed hash (HMAC-SM3 bound to the row id), so a copy of this table does not give working codes. The number is kept
-- as its blind index; the address the request came from is kept for the per-address daily cap.
CREATE TABLE account_sign_in_code (
    id              UUID PRIMARY KEY,
    phone_index     BYTEA NOT NULL,
    code_hash       BYTEA NOT NULL,
    source_address  TEXT,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INT NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    status          TEXT NOT NULL CHECK (status IN ('ACTIVE', 'USED', 'VOIDED', 'REPLACED')),
    CHECK (expires_at > sent_at)
);
CREATE INDEX account_sign_in_code_phone_idx ON account_sign_in_code (phone_index, sent_at DESC);
CREATE INDEX account_sign_in_code_address_idx ON account_sign_in_code (source_address, sent_at DESC);

-- Real-name checks an applicant asked for, for the daily cap on failed checks (no names or ids: only the outcome).
CREATE TABLE account_real_name_attempt (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES applicant_account (id),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    outcome      TEXT NOT NULL CHECK (outcome IN ('MATCHED', 'NOT_MATCHED', 'UNAVAILABLE', 'ALREADY_BOUND'))
);
CREATE INDEX account_real_name_attempt_account_idx ON account_real_name_attempt (account_id, attempted_at DESC);

-- Consent to processing sensitive personal information (PIPL art. 29): each giving and each withdrawal is a row of
-- its own, with the version of the text the person read; the latest row is the current state. Never changed.
CREATE TABLE account_sensitive_data_consent (
    id           UUID PRIMARY KEY,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    account_id   UUID NOT NULL REFERENCES applicant_account (id),
    action       TEXT NOT NULL CHECK (action IN ('GIVEN', 'WITHDRAWN')),
    text_version TEXT NOT NULL CHECK (text_version ~ '^[a-z0-9.-]{1,40}$'),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX account_sensitive_data_consent_account_idx ON account_sensitive_data_consent (account_id, seq DESC);

REVOKE UPDATE, DELETE, TRUNCATE ON account_sensitive_data_consent FROM ${runtimeRole};
