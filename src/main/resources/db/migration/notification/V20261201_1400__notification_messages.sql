-- Notifications (docs/notification.md): one in-portal message and one text message (SMS) per application event and
-- recipient account. Both hold ids and codes only: the template's parameters are application numbers, dates and codes,
-- never personal data. The mobile number an SMS goes to is kept masked (for operators) and sealed to its row with
-- PersonalData (to send); it never appears in clear. An event that arrives twice makes nothing new: each table is
-- unique on (event id, recipient account).
CREATE TABLE notification_message (
    id             UUID PRIMARY KEY,
    event_id       UUID NOT NULL,
    account_id     UUID NOT NULL,
    application_id UUID,
    kind           TEXT NOT NULL,
    template_key   TEXT NOT NULL,
    parameters     TEXT[] NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    read_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_message_once UNIQUE (event_id, account_id)
);
CREATE INDEX notification_message_account_idx ON notification_message (account_id, created_at DESC);
CREATE INDEX notification_message_unread_idx ON notification_message (account_id) WHERE read_at IS NULL;

CREATE TABLE notification_sms (
    id              UUID PRIMARY KEY,
    event_id        UUID NOT NULL,
    account_id      UUID NOT NULL,
    application_id  UUID,
    kind            TEXT NOT NULL,
    template_code   TEXT NOT NULL,
    parameters      TEXT[] NOT NULL,
    phone_masked    TEXT NOT NULL,
    phone_sealed    BYTEA NOT NULL,
    -- QUEUED (waiting for its next attempt), SENT, GAVE_UP (every attempt failed)
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the class of the last failure's exception: never its message, which may repeat the number
    last_failure    TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_sms_once UNIQUE (event_id, account_id),
    CONSTRAINT notification_sms_status CHECK (status IN ('QUEUED', 'SENT', 'GAVE_UP'))
);
CREATE INDEX notification_sms_due_idx ON notification_sms (next_attempt_at) WHERE status = 'QUEUED';

-- messages and SMS are kept as sent; the application never deletes them
REVOKE DELETE, TRUNCATE ON notification_message, notification_sms FROM ${runtimeRole};
