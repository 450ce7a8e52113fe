-- Intake's public read of open applications (docs/intake.md, "Open applications for other modules"): one row per
-- person (resident-id blind index) and subsidy while an application for it awaits a decision. Other modules join it in
-- set-based SQL (eligibility's discovery); it is a read: the runtime role may only select from it.
CREATE VIEW intake_open_application AS
SELECT s.resident_id_index, s.subsidy, s.application_id
  FROM intake_application_subsidy s
 WHERE s.open;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON intake_open_application FROM ${runtimeRole};
GRANT SELECT ON intake_open_application TO ${runtimeRole};
