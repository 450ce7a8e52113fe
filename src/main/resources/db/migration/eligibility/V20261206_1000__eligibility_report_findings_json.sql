-- The reports' findings are written once and only ever read whole (the application parses them): kept as json (the
-- text as written, checked to be JSON on the way in) rather than jsonb, whose input builds the binary form — the larger
-- part of storing a report's 4 kB of findings (docs/performance.md, run 16: 0.13-0.16 ms of the database's time a
-- report into jsonb, 0.10 ms into json, planning included). Nothing queries inside them.
ALTER TABLE elig_report ALTER COLUMN findings TYPE json USING findings::json;
