-- The columns of a fact that the set-based rules read, as a type: the rules gather each subject's facts once into an
-- array of these (one hash join of subjects and facts) and evaluate every rule over that small array, instead of
-- probing the facts table once per rule.
CREATE TYPE elig_fact_slim AS (
    source                 TEXT,
    kind                   TEXT,
    valid_from             DATE,
    valid_to               DATE,
    certificate_status     TEXT,
    valid_until            DATE,
    level                  TEXT,
    intellectual_or_mental BOOLEAN,
    amount_fen             BIGINT
);
