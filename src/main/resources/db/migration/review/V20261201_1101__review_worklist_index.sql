-- The worklists' index covers the office too, so that a page's keys (and the list's count) come from the index alone
-- (an index-only scan), sorted by due date without reading the cases; only the page's cases are read from the table.
-- It replaces the index without the office.
CREATE INDEX review_case_open_list_idx
    ON review_case (owner_township, worklist, office, due_date, application_id)
    WHERE closed_at IS NULL;
DROP INDEX review_case_open_worklist_idx;
