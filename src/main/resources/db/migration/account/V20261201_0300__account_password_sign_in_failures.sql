-- Failed password sign-ins of applicants, for the rate limit on guessing passwords (per number and per network
-- address, like the code flow's limits; settings liangxiang.password-sign-in.*). The number is kept as its blind index
-- only, never in clear. A successful sign-in clears the number's rows; rows older than the window are of no use.
CREATE TABLE account_password_failure (
    id             UUID PRIMARY KEY,
    phone_index    BYTEA NOT NULL,
    source_address TEXT,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX account_password_failure_phone_idx ON account_password_failure (phone_index, failed_at DESC);
CREATE INDEX account_password_failure_address_idx ON account_password_failure (source_address, failed_at DESC);
