-- The demo gateway's outbox: the messages it "sent" (and did not deliver), shown at /demo/sms in the demo profile.
-- Unused in production. The number is kept only masked and as its blind index (HMAC-SM3, purpose "phone"), never
-- in clear; the text (which may carry a one-time code or a name) is sealed to its row with PersonalData.
CREATE TABLE sms_demo_outbox (
    id            UUID PRIMARY KEY,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    phone_masked  TEXT NOT NULL,
    phone_index   BYTEA NOT NULL,
    template_code TEXT NOT NULL,
    text          BYTEA NOT NULL
);
CREATE INDEX sms_demo_outbox_sent_at_idx ON sms_demo_outbox (sent_at DESC);
CREATE INDEX sms_demo_outbox_phone_index_idx ON sms_demo_outbox (phone_index);
