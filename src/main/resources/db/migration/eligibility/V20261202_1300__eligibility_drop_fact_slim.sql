-- The set-based rules no longer gather each subject's facts into an array of elig_fact_slim: they aggregate over the
-- subject's joined facts (bool_or, min, max with FILTER) in one grouped pass (docs/eligibility.md). The type is unused.
DROP TYPE IF EXISTS elig_fact_slim;
