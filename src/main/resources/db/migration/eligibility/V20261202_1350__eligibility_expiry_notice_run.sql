-- The notification side reads a re-check run's expiring certificates by the run (one event per run).
CREATE INDEX elig_expiry_notice_run_idx ON elig_expiry_notice (run_id);
