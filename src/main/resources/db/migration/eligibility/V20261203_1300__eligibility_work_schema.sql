-- The re-check's work tables (docs/eligibility.md, "Re-checks"): each run creates its own UNLOGGED tables here (named
-- after the run) and drops them in the same transaction, so that the planner may run its grouped pass with parallel
-- workers, which it never does over temporary tables. The runtime role may create tables in this schema only; it owns
-- (and may drop) only those it created.
CREATE SCHEMA IF NOT EXISTS elig_work;
REVOKE ALL ON SCHEMA elig_work FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA elig_work TO ${runtimeRole};
