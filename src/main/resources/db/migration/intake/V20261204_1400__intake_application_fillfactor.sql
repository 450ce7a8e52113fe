-- An application row is updated several times while it is reviewed (submitted, accepted, where it is expected next at
-- each step, decided), and none of those updates touches an indexed column. With pages filled to 100 % by the inserts,
-- every update had to put the new version on another page and add it to each of the table's seven indexes; with a
-- fifth of each page left free the new version stays on its page as a heap-only tuple (HOT) and no index changes.
-- Applies to the pages written from now on (docs/performance.md, run 12).
ALTER TABLE intake_application SET (fillfactor = 80);
