-- array_agg under another name whose state is a plain array: array_agg's state is internal, which the planner sizes
-- at 8 kB per group, so at a million subjects it sorted the re-check's grouped pass rather than hashing it. Same
-- answers as array_agg (NULL when no row is aggregated).
CREATE AGGREGATE elig_collect (anycompatible) (SFUNC = array_append, STYPE = anycompatiblearray);
GRANT EXECUTE ON FUNCTION elig_collect(anycompatible) TO ${runtimeRole};
