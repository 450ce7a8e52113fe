-- Regional policy: immutable, effective-dated versions. Each row holds only the settings it sets (JSON, by field key);
-- the national defaults are the code's baseline. The application may add versions but never change or remove one,
-- so a decision's stored reference (its version ids) reproduces the policy it used.

CREATE TABLE policy_version (
    id             UUID PRIMARY KEY,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3})?$'),
    effective_from DATE NOT NULL,
    settings       JSONB NOT NULL CHECK (jsonb_typeof(settings) = 'object' AND settings <> '{}'::jsonb),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    created_by     TEXT NOT NULL,
    note           TEXT CHECK (length(note) <= 500)
);
CREATE INDEX policy_version_region_date_idx ON policy_version (region_code, effective_from);

REVOKE UPDATE, DELETE, TRUNCATE ON policy_version FROM ${runtimeRole};
