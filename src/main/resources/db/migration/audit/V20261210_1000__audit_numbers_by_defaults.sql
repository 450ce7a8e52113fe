-- An audit record's number and time come from the columns' defaults instead of a trigger, and the runtime role may
-- not name those columns at all. Same guarantees, cheaper: the BEFORE INSERT trigger (a PL/pgSQL function called for
-- every row) cost about 0.07 ms of PostgreSQL's CPU a record (measured with pgbench on the benchmark's database, run 31
-- of docs/performance.md); a default is an expression of the insert's own plan.
--
-- What stays true (docs/audit.md):
-- * seq and occurred_at come from the database: the runtime role's INSERT privilege now names every column but those
--   two, so an insert of its own that names either is refused (SQLSTATE 42501) where the trigger overwrote the values;
--   the owner (repairs, tests) may still give its own.
-- * the transaction id is taken before the number: CASE evaluates its condition before its result, so
--   pg_current_xact_id() (which assigns the transaction's id if it has none yet) runs before nextval(). The sealing job
--   relies on it (AuditSealer).
-- * the runtime role cannot set the sequence (setval needs UPDATE, which it does not have). It may now take a number
--   with nextval (USAGE): a number taken and never inserted is a gap, which the chain skips as it skips a number
--   rolled back.
-- * the two rules on one column each are domains (as in V20261207_1000): PostgreSQL re-reads every CHECK constraint's
--   stored expression on each execution of an INSERT; a domain's rule is read once per connection. The rule over two
--   columns stays a CHECK constraint.

ALTER TABLE audit_record
    ALTER COLUMN seq SET DEFAULT CASE WHEN pg_current_xact_id() IS NOT NULL THEN nextval('audit_record_seq') END,
    ALTER COLUMN occurred_at SET DEFAULT clock_timestamp();

DROP TRIGGER audit_record_assign ON audit_record;
DROP FUNCTION audit_record_assign();

REVOKE INSERT ON audit_record FROM ${runtimeRole};
GRANT INSERT (id, type, actor_id, actor_role, actor_office, object_type, object_id, before_state, after_state, reason,
              source_address, bulk_count, bulk_digest)
    ON audit_record TO ${runtimeRole};
GRANT USAGE ON SEQUENCE audit_record_seq TO ${runtimeRole};

-- Each domain is created bare, the column retyped to it (a catalog change only), and then given its rule, which
-- checks the rows already stored with one read of the table.
CREATE DOMAIN audit_bulk_count AS BIGINT;
CREATE DOMAIN audit_bulk_digest AS BYTEA;
ALTER TABLE audit_record
    DROP CONSTRAINT audit_record_bulk_count_check,
    DROP CONSTRAINT audit_record_bulk_digest_check,
    ALTER COLUMN bulk_count TYPE audit_bulk_count,
    ALTER COLUMN bulk_digest TYPE audit_bulk_digest;
ALTER DOMAIN audit_bulk_count ADD CONSTRAINT audit_bulk_count_check CHECK (VALUE >= 0);
ALTER DOMAIN audit_bulk_digest ADD CONSTRAINT audit_bulk_digest_check CHECK (octet_length(VALUE) = 32);
