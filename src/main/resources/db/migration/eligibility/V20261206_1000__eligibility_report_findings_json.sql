-- The reports' findings are written once and only ever read whole (the application parses them): kept as json (the
-- text as written, checked to be JSON on the way in) rather than jsonb, whose input builds the binary form — about
-- 0.2 ms of the database's time for each report's 4 kB of findings, the largest part of storing a submission's reports
-- (docs/performance.md, run 16). Nothing queries inside them.
ALTER TABLE elig_report ALTER COLUMN findings TYPE json USING findings::json;
