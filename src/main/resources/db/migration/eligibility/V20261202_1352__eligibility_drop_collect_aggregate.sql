-- elig_collect (V20261202_1351) did not make the planner hash the re-check's grouped pass at a million subjects and
-- made the pass several times slower at 100,000 (an array_append per row on a plain array state, against array_agg's
-- internal state): the re-check uses array_agg again (docs/performance.md).
DROP AGGREGATE IF EXISTS elig_collect (anycompatible);
