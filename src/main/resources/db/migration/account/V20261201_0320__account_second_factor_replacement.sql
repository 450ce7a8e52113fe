-- A staff member replacing their own second factor: after the current code is given, the new secret waits here (sealed
-- like the active one, bound to staff_second_factor.replacement and the account id) until a code from the new app
-- confirms it; the active factor keeps working until then.
ALTER TABLE staff_second_factor ADD COLUMN replacement_sealed BYTEA;
