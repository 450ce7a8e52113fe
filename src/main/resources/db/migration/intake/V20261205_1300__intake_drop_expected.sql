-- Where an application is expected next (stage, acting office, due date) is no longer copied into the application row
-- after every act of review: intake reads it from review's open case through its port ExpectedNext (docs/intake.md,
-- docs/performance.md run 13). The three columns go; dropping a column only changes the catalog (the rows keep the
-- old values on disk until they are next written), so this is instant on a table of a million rows.
ALTER TABLE intake_application
    DROP COLUMN expected_stage,
    DROP COLUMN expected_office,
    DROP COLUMN expected_due;
