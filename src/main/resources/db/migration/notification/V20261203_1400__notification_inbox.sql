-- The notification inbox (docs/notification.md): every application event the applicants are told about is recorded
-- here by one insert in the transaction that raises it (event id, kind, application, the kind's own parameters: ids,
-- dates and codes, never personal data); NotificationInbox turns pending rows into messages and SMS in batches, one
-- transaction and one read of intake per batch, and marks them handled in that transaction. An event recorded twice
-- is recorded once (the event id is the key).
CREATE TABLE notification_inbox (
    event_id       UUID PRIMARY KEY,
    kind           TEXT NOT NULL,
    application_id UUID NOT NULL,
    parameters     TEXT[] NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    handled_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_inbox_pending_idx ON notification_inbox (recorded_at) WHERE handled_at IS NULL;

REVOKE DELETE, TRUNCATE ON notification_inbox FROM ${runtimeRole};
