-- The runtime role the application connects as. Migrations run as the owner; the runtime role gets only the
-- privileges granted here and in each module's migrations (audit tables: no UPDATE, DELETE or TRUNCATE).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${runtimeRole}') THEN
        EXECUTE format('CREATE ROLE %I LOGIN', '${runtimeRole}');
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${runtimeRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtimeRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtimeRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${runtimeRole};
