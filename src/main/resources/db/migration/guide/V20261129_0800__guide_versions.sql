-- Guides: which materials each region requires (per subsidy and situation) and the guide's own content (contacts,
-- plain-language summaries), as immutable effective-dated versions resolved up the region chain like policy.
-- Amounts, conditions and time limits are not here: the guide reads them from policy.

CREATE TABLE guide_materials_version (
    id             UUID PRIMARY KEY,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3})?$'),
    effective_from DATE NOT NULL,
    settings       JSONB NOT NULL CHECK (jsonb_typeof(settings) = 'object' AND settings <> '{}'::jsonb),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    created_by     TEXT NOT NULL,
    note           TEXT CHECK (length(note) <= 500)
);
CREATE INDEX guide_materials_version_region_date_idx ON guide_materials_version (region_code, effective_from);

CREATE TABLE guide_content_version (
    id             UUID PRIMARY KEY,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3})?$'),
    effective_from DATE NOT NULL,
    settings       JSONB NOT NULL CHECK (jsonb_typeof(settings) = 'object' AND settings <> '{}'::jsonb),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    created_by     TEXT NOT NULL,
    note           TEXT CHECK (length(note) <= 500)
);
CREATE INDEX guide_content_version_region_date_idx ON guide_content_version (region_code, effective_from);

REVOKE UPDATE, DELETE, TRUNCATE ON guide_materials_version, guide_content_version FROM ${runtimeRole};
