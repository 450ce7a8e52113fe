-- A case's steps are completed and its subsidies decided by updates that touch no indexed column: with room left on
-- each page the new versions stay on their page (HOT updates) instead of being added to the indexes again. The case
-- row itself is not included: its updates change the worklist index's columns, so they can never be HOT.
-- Applies to the pages written from now on (docs/performance.md, run 12).
ALTER TABLE review_case_step SET (fillfactor = 85);
ALTER TABLE review_subsidy SET (fillfactor = 85);
