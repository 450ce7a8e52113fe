-- array_agg under another name whose state is a plain array: array_agg's state is internal, which the planner sizes
-- at 8 kB per group when it costs hashing the re-check's grouped pass (a million subjects: gigabytes). Same answers as
-- array_agg (NULL when no row is aggregated). Alone it did not make the planner hash that pass at a million subjects
-- (docs/performance.md): its group estimate multiplies the subjects by the townships.
CREATE AGGREGATE elig_collect (anycompatible) (SFUNC = array_append, STYPE = anycompatiblearray);
GRANT EXECUTE ON FUNCTION elig_collect(anycompatible) TO ${runtimeRole};
